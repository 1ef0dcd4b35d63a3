"""Why cpu_bound.mt does not scale with the GIL off (free-threaded CPython): shared objects or the port?

Times the mt kernel (ppp.cpu_bound.mt.scan, unchanged) on the first ROWS rows of a cpu_bound input, with n
threads on contiguous chunks, two ways:

  shared   every thread scans the one row list that the main thread built, as cpu_bound.mt does;
  private  each thread first rebuilds the rows from new objects (new lists, new strings), which it then owns,
           and scans its chunk of its own copy: the same comparisons on objects no other thread touches.

Free-threaded CPython counts references to an object non-atomically only in the thread that created it;
every other thread updates a shared counter with atomic instructions, and threads that read the same
objects contend for their cache lines. If "private" scales and "shared" does not, the cause is the
workload's design (all threads read the same list and string objects), not the port. Only the scan is
timed, not the copy: every thread waits at a barrier after its copy, and the clock runs from the barrier's
release to the last join.

usage: python experiments/shared_rows.py DATA_DIR [ROWS] [REPETITIONS]   (DATA_DIR from `ppp data`)
prints one line per (mode, n): median and min-max of the repetitions (run interleaved in a seeded random
order), and the speedup over n = 1 shared.
"""

import random
import statistics
import sys
import threading
import time

sys.path.insert(0, __file__.rsplit("/experiments/", 1)[0])

from ppp.chunking import contiguous_chunks  # noqa: E402
from ppp.cpu_bound.common import load, repeat_flags  # noqa: E402
from ppp.cpu_bound.mt import scan  # noqa: E402


def fresh(rows):
    """New list and str objects, created (so owned) by the calling thread."""
    return [[(field + ".")[:-1] for field in row] for row in rows]


def worker(rows, repeats, start, end, private, ready):
    table = fresh(rows) if private else rows
    ready.wait()
    scan(table, repeats, [], start, end)


def once(rows, workers, private):
    repeats = repeat_flags(rows)
    ready = threading.Barrier(workers + 1)
    table = fresh(rows)  # a new copy per run: the kernel writes distances into it
    threads = [threading.Thread(target=worker, args=(table, repeats, start, end, private, ready))
               for start, end in contiguous_chunks(len(table), workers)]
    for thread in threads:
        thread.start()
    ready.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began


def main():
    data, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    repetitions = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    rows = load(data, None, None)[:count]
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print("%s, GIL %s, %d rows, %d repetitions" % (sys.version.split()[0], "on" if gil else "off", len(rows), repetitions))
    # Every (mode, n) in one seeded random order, so that a machine whose load drifts biases none of them.
    configs = [(workers, private) for workers in (1, 2, 4) for private in (False, True)]
    order = configs * repetitions
    random.Random(1).shuffle(order)
    runs = {config: [] for config in configs}
    for workers, private in order:
        runs[(workers, private)].append(once(rows, workers, private))
    base = statistics.median(runs[(1, False)])
    for workers, private in configs:
        times = sorted(runs[(workers, private)])
        median = statistics.median(times)
        print("%-7s n=%d  %.3f s [%.3f-%.3f]  speedup vs n=1 shared %.2f" % (
            "private" if private else "shared", workers, median, times[0], times[-1], base / median))

if __name__ == "__main__":
    main()
