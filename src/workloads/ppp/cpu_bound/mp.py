"""cpu_bound mp: one multiprocessing.Process per contiguous chunk. The
duplicate list is a Manager list, so every "i in dups" and every append is an
IPC round trip, as in the original. Each child scans its own copy of the rows."""

import multiprocessing

from ppp.chunking import contiguous_chunks
from ppp.cpu_bound.common import pop_duplicates, repeat_flags


def scan(rows, repeats, dups, fixes, start, end):
    n = len(rows)
    for i in range(start, end):
        if repeats[i] or i in dups:  # repeats[i]: cpu_bound 1
            continue
        row = rows[i]
        for j in range(i + 1, n):
            other = rows[j]
            if other[0] == row[0] and other[1] == row[1]:
                dups.append(j)
            elif other[0] == row[1] and other[1] == row[0]:
                other[2] = row[2]
                # The child's rows are a private copy: report the new
                # distance to the parent (cpu_bound 3).
                fixes[j] = row[2]  # effort: convert


def prepare(rows, workers):
    # The original started its Manager at import time, outside proc().
    return rows, multiprocessing.Manager()  # effort: convert


def proc(state, workers):
    rows, manager = state
    repeats = repeat_flags(rows)
    dups = manager.list()  # effort: convert
    fixes = manager.dict()  # effort: convert
    processes = [multiprocessing.Process(target=scan, args=(rows, repeats, dups, fixes, start, end))
                 for start, end in contiguous_chunks(len(rows), workers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    for process in processes:
        if process.exitcode != 0:
            raise RuntimeError("cpu_bound.mp worker exited with code %s" % process.exitcode)
    for index, distance in fixes.items():  # effort: convert
        rows[index][2] = distance  # effort: convert
    return pop_duplicates(rows, list(dups))  # effort: convert


def cleanup(state):
    _, manager = state
    manager.shutdown()
