"""How well ppp/cpuprobe.py's probes tell a slowed run (README, "Disturbances are flagged, not dropped").

Runs a fixed piece of interpreter work (about 44 ms) over and over, pinned to each CPU in turn, with the probes of
ppp.cpuprobe right before and right after it on that CPU, for SECONDS. Then, per CPU, a run is "slow" when it took
over 1.25x that CPU's usual run and "flagged" when a probe took over 1.25x that CPU's usual probe, "usual" being the
lower quartile as in the runner (ParallelRepro's Disturbance: a CPU may be slowed most of the time); it prints how
many slow runs were flagged and how many unflagged runs were slow anyway. Linux only (it pins).

usage: python experiments/cpu_probe_check.py SECONDS        (from src/workloads)
"""

import os
import statistics
import sys
import time

sys.path.insert(0, __file__.rsplit("/experiments/", 1)[0])  # src/workloads, for ppp
from ppp import cpuprobe, facts  # noqa: E402

FACTOR = 1.25


def work():
    started = time.perf_counter()
    n = 110
    a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
    [[sum(x * y for x, y in zip(row, col)) for col in zip(*a)] for row in a]
    return time.perf_counter() - started


def usual(values):
    """The lower quartile."""
    return statistics.quantiles(values, n=4)[0]


def main():
    seconds = float(sys.argv[1])
    cpus = facts.allowed_cpus()
    runs = []  # (cpu, probe before, run, probe after)
    end = time.time() + seconds
    while time.time() < end:
        cpu = cpus[len(runs) % len(cpus)]
        before = cpuprobe.probe_each([cpu])[cpu]
        os.sched_setaffinity(0, {cpu})
        took = work()
        after = cpuprobe.probe_each([cpu])[cpu]
        runs.append((cpu, before, took, after))
    slow = flagged_slow = unflagged = unflagged_slow = 0
    for cpu in cpus:
        mine = [r for r in runs if r[0] == cpu]
        probe = usual([r[1] for r in mine] + [r[3] for r in mine])
        run = usual([r[2] for r in mine])
        for _, before, took, after in mine:
            is_slow, flagged = took > FACTOR * run, max(before, after) > FACTOR * probe
            slow += is_slow
            flagged_slow += is_slow and flagged
            unflagged += not flagged
            unflagged_slow += is_slow and not flagged
        print("CPU %d: %d runs, usual run %.1f ms, usual probe %.2f ms" % (cpu, len(mine), run * 1e3, probe * 1e3))
    print("%d runs; %d slow, %d of them flagged; %d not flagged, %d of them slow (%.2f %%)"
          % (len(runs), slow, flagged_slow, unflagged, unflagged_slow, 100.0 * unflagged_slow / max(1, unflagged)))


if __name__ == "__main__":
    main()
