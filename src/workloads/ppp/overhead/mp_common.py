"""Shared by overhead mp and mp-manager: rows and both result dicts are
Manager proxies (every dict test, read and write is IPC); only where the
extremes and the lock live differs."""

import multiprocessing

from ppp.chunking import contiguous_chunks
from ppp.overhead.scan import scan_chunk


def child(rows, start, end, partner, distance, largest, smallest, lock):
    scan_chunk(rows[start:end], partner, distance, largest, smallest, lock)


class State:
    def __init__(self, rows, make_shared):
        # The original built all of this at import time, outside proc() (G3).
        self.manager = multiprocessing.Manager()  # effort: convert
        self.length = len(rows)
        self.rows = self.manager.list(rows)  # effort: convert
        self.partner = self.manager.dict()  # effort: convert
        self.distance = self.manager.dict()  # effort: convert
        self.largest, self.smallest, self.lock = make_shared(self.manager)


def proc(state, workers):
    processes = [multiprocessing.Process(target=child, args=(
        state.rows, start, end, state.partner, state.distance, state.largest, state.smallest, state.lock))
        for start, end in contiguous_chunks(state.length, workers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    for process in processes:
        if process.exitcode != 0:
            raise RuntimeError("overhead mp worker exited with code %s" % process.exitcode)
    return (state.largest.value, state.smallest.value,  # effort: convert
            state.partner.copy(), state.distance.copy())  # effort: convert


def cleanup(state):
    state.manager.shutdown()
