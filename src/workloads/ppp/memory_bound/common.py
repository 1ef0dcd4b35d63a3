"""Input, output and the shared pieces of the memory_bound variants."""

import os

from ppp import buffers

INPUTS = ("memory_bound_matrix_a.txt", "memory_bound_matrix_b.txt")


def read_matrix(path):
    with open(path, encoding="utf-8") as handle:
        rows = [[int(x) for x in line.split(",")] for line in handle if line.strip()]
    return buffers.matrix(rows, "q")


def load(data_dir, params, options):
    """(A, B) as int64 2-D buffers (G9)."""
    return tuple(read_matrix(os.path.join(data_dir, name)) for name in INPUTS)


def fresh_input(matrices):
    """No variant writes A or B, only its own C (tests/test_loops.py checks):
    shared by every call of proc() (ppp/loops.py)."""
    return matrices


def canonical_lines(product):
    """C as CSV rows in row order; must match serial byte for byte."""
    return [",".join(str(x) for x in row) for row in product.tolist()]


def zeros(n):
    return buffers.zeros(n, n, "q")

