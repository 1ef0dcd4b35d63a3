"""What the stdlib buffers (ppp/buffers.py) cost or save against the NumPy form, per variant (DEVIATIONS.md, G9).

Runs `python -m ppp run` in fresh processes, the two forms interleaved in a seeded random order, and prints
per variant the median proc time of each form with a distribution-free 95 % interval for the median (order
statistics; needs at least 6 repetitions) and the ratio of the medians, stdlib / NumPy.

usage: python experiments/storage_effect.py DATA_DIR EXT_DIR PROFILE REPETITIONS VARIANT[@N] ...
"""

import math
import random
import statistics
import sys

from ppp_run import proc_time


def run(name, workers, form, data, ext, profile):
    return proc_time(name, workers, data, ext, profile, env={"PPP_STORAGE": form})


def median_interval(times):
    """[X(k), X(n-1-k)] (0-based, sorted) for the largest k with 2 P(Binomial(n, 1/2) <= k) <= 5 %: it covers
    the median with at least 95 % probability. With fewer than 6 runs no such k exists: min and max."""
    n, ordered = len(times), sorted(times)
    k = 0
    while 2 * sum(math.comb(n, i) for i in range(k + 2)) / 2 ** n <= 0.05:
        k += 1
    return ordered[k], ordered[n - 1 - k]


def main():
    data, ext, profile, repetitions = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    cells = [(spec.partition("@")[0], int(spec.partition("@")[2] or 1)) for spec in sys.argv[5:]]
    order = [(cell, form) for cell in cells for form in ("numpy", "stdlib") for _ in range(repetitions)]
    random.Random(1).shuffle(order)
    times = {}
    for (name, workers), form in order:
        times.setdefault((name, workers, form), []).append(run(name, workers, form, data, ext, profile))
    print("%s, profile %s, %d runs per form" % (sys.version.split()[0], profile, repetitions))
    for name, workers in cells:
        line = ["%s n=%d" % (name, workers)]
        for form in ("numpy", "stdlib"):
            low, high = median_interval(times[(name, workers, form)])
            line.append("%s %.4f s [%.4f-%.4f]" % (form, statistics.median(times[(name, workers, form)]), low, high))
        ratio = statistics.median(times[(name, workers, "stdlib")]) / statistics.median(times[(name, workers, "numpy")])
        print("  ".join(line) + "  stdlib/numpy %.2f" % ratio)


if __name__ == "__main__":
    main()
