"""overhead mt: one threading.Thread per contiguous chunk; shared dicts and
extremes behind one global threading.Lock."""

import threading

from ppp.chunking import contiguous_chunks
from ppp.overhead.common import NO_MIN
from ppp.overhead.scan import scan_chunk


class Box:
    """A mutable holder with .value, like multiprocessing.Value, so that the
    threads share the extremes and run the same scan_chunk as mp."""

    def __init__(self, value):
        self.value = value


def proc(rows, workers):
    partner, distance = {}, {}
    largest, smallest = Box(-1), Box(NO_MIN)  # effort: convert
    lock = threading.Lock()
    threads = [threading.Thread(target=scan_chunk,
                                args=(rows[start:end], partner, distance, largest, smallest, lock))
               for start, end in contiguous_chunks(len(rows), workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return largest.value, smallest.value, partner, distance  # effort: convert
