# cython: language_level=3
"""toy omp: prange over the values, GIL released."""
from cython.parallel cimport prange


def proc(long[:] values, int num_threads):
    cdef long total = 0
    cdef Py_ssize_t i
    for i in prange(values.shape[0], nogil=True, num_threads=num_threads):
        if values[i] > 0:
            total += values[i]
    return total
