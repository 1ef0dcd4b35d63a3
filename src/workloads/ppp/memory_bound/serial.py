"""memory_bound serial: the reference, a plain triple loop in Python. mt and
mp run its kernel, multiply_rows, on their row blocks."""

from ppp.memory_bound.common import zeros


def proc(matrices, workers):
    a, b = matrices
    c = zeros(a.shape[0])  # fresh C every call (G4)
    multiply_rows(a, b, c, 0, a.shape[0])
    return c


def multiply_rows(a, b, c, start, end):
    """C[start:end] = A[start:end] x B, one scalar at a time (element indexing
    from Python: this is what makes the program interpreter-bound)."""
    n = a.shape[0]
    for i in range(start, end):
        for j in range(n):
            for k in range(n):
                c[i, j] += a[i, k] * b[k, j]
