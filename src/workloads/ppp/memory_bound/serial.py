"""memory_bound serial: the reference, a plain triple loop in Python."""

from ppp.memory_bound.common import multiply_rows, zeros


def proc(matrices, workers):
    a, b = matrices
    c = zeros(a.shape[0])  # fresh C every call (G4)
    multiply_rows(a, b, c, 0, a.shape[0])
    return c
