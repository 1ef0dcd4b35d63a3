"""Typed buffers behind the static-typed (memoryview) variants and memory_bound's matrices.

The original programs kept these in NumPy arrays, used only as storage: every computation indexes one element
at a time, from Python or through a Cython typed memoryview. The standard library's array.array, seen as a
2-D memoryview, gives the same element access (`m[i, j]` from Python, `int[:, :]` in Cython) on every
runtime, free-threaded builds without NumPy included. PPP_STORAGE=numpy restores the NumPy form (see
DEVIATIONS.md, "G9"); both forms support what the variants use: m[i, j], m.shape, tolist().

Typecodes are struct's: "q" long long (int64), "i" int (int32), "b" signed char.
"""

import array
import os

STORAGE_VARIABLE = "PPP_STORAGE"


def storage():
    """"numpy" or "stdlib": the form this process stores its buffers in."""
    return "numpy" if os.environ.get(STORAGE_VARIABLE, "").strip().lower() == "numpy" else "stdlib"


def _shaped(flat, typecode, shape):
    return memoryview(flat).cast("B").cast(typecode, shape)


def matrix(rows, typecode):
    """A 2-D buffer holding the list of equal-length int lists `rows`."""
    if storage() == "numpy":
        import numpy
        return numpy.array(rows, dtype=typecode).reshape(len(rows), -1)
    width = len(rows[0]) if rows else 0
    return _shaped(array.array(typecode, [x for row in rows for x in row]), typecode, (len(rows), width))


def zeros(rows, columns, typecode):
    """A rows x columns 2-D buffer of zeros."""
    if storage() == "numpy":
        import numpy
        return numpy.zeros((rows, columns), dtype=typecode)
    return _shaped(array.array(typecode, bytes(rows * columns * array.array(typecode).itemsize)), typecode,
                   (rows, columns))


def vector(values, typecode):
    """A 1-D buffer holding the ints `values`."""
    if storage() == "numpy":
        import numpy
        return numpy.array(values, dtype=typecode)
    return array.array(typecode, values)


def over(shared, typecode, shape):
    """A writable 2-D view of a ctypes array (multiprocessing.Array's raw buffer), without copying."""
    if storage() == "numpy":
        import numpy
        return numpy.frombuffer(shared, dtype=typecode).reshape(shape)
    return memoryview(shared).cast("B").cast(typecode, shape)


def copy(buffer, typecode):
    """An independent 2-D copy, e.g. of shared memory that is about to be released."""
    return matrix(buffer.tolist(), typecode)
