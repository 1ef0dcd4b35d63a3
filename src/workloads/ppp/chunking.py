"""The work split every mt and mp variant of the original uses."""


def contiguous_chunks(length, n):
    """n contiguous (start, end) ranges of floor(length / n) items each; the
    last range also takes the remainder. With n > length every range but the
    last is empty, as in the original (n workers are still started)."""
    size = length // n
    bounds = [(k * size, (k + 1) * size) for k in range(n)]
    bounds[-1] = (bounds[-1][0], length)
    return bounds
