"""Input, output and the shared pieces of the memory_bound variants."""

import os

INPUTS = ("memory_bound_matrix_a.txt", "memory_bound_matrix_b.txt")


def read_matrix(path):
    import numpy
    with open(path, encoding="utf-8") as handle:
        rows = [[int(x) for x in line.split(",")] for line in handle if line.strip()]
    return numpy.array(rows, dtype=numpy.int64)


def load(data_dir, params, options):
    """(A, B) as int64 NumPy arrays."""
    return tuple(read_matrix(os.path.join(data_dir, name)) for name in INPUTS)


def fresh_input(matrices):
    """No variant writes A or B, only its own C (tests/test_loops.py checks):
    shared by every call of proc() (ppp/loops.py)."""
    return matrices


def canonical_lines(product):
    """C as CSV rows in row order; must match serial byte for byte."""
    return [",".join(str(x) for x in row) for row in product.tolist()]


def zeros(n):
    import numpy
    return numpy.zeros((n, n), dtype=numpy.int64)

