"""cpu_bound mt: one threading.Thread per contiguous chunk of rows, all on the
shared row list; duplicates go to a shared list, popped by the main thread."""

import threading

from ppp.chunking import contiguous_chunks
from ppp.cpu_bound.common import pop_duplicates, repeat_flags


def scan(rows, repeats, dups, start, end):
    n = len(rows)
    for i in range(start, end):
        # The original checks only "i in dups", which races with the workers
        # of earlier chunks; repeats[i] is the fix (cpu_bound 1).
        if repeats[i] or i in dups:
            continue
        row = rows[i]
        for j in range(i + 1, n):
            other = rows[j]
            if other[0] == row[0] and other[1] == row[1]:
                dups.append(j)
            elif other[0] == row[1] and other[1] == row[0]:
                other[2] = row[2]


def proc(rows, workers):
    repeats = repeat_flags(rows)
    dups = []
    threads = [threading.Thread(target=scan, args=(rows, repeats, dups, start, end))
               for start, end in contiguous_chunks(len(rows), workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return pop_duplicates(rows, dups)
