"""memory_bound mt: rows in contiguous blocks, one threading.Thread per block,
each filling its own rows of one shared C."""

import threading

from ppp.chunking import contiguous_chunks
from ppp.memory_bound.common import zeros
from ppp.memory_bound.serial import multiply_rows


def proc(matrices, workers):
    a, b = matrices
    c = zeros(a.shape[0])
    threads = [threading.Thread(target=multiply_rows, args=(a, b, c, start, end))
               for start, end in contiguous_chunks(a.shape[0], workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return c
