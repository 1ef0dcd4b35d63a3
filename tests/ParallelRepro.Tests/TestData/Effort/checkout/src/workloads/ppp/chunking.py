"""Contiguous chunks: the last one takes the remainder."""


def contiguous_chunks(n, parts):
    size = n // parts
    for k in range(parts):
        yield k * size, n if k == parts - 1 else (k + 1) * size
