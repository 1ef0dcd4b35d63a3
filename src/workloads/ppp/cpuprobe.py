"""How fast each CPU a run may use was, measured on that CPU right before and
right after the run's timed part: a few milliseconds of fixed interpreter work,
pinned to one CPU after the other.

Why here and not in the runner: on the 2-vCPU VM this was built on, one vCPU at
a time runs 1.5-1.8x slower, for seconds to minutes, and which one changes
(seen from inside the VM only as speed: no steal time is reported). The
runner's own speed probe (ParallelRepro's SpeedProbe) runs in the .NET process,
on whichever CPU that process is on, and so mostly misses it: in 37 default
runs it flagged 8 of the 687 single-threaded runs that took over 1.3x their
cell's median. Probed on each CPU, one probe before and one after, it shows
(experiments/cpu_probe_check.py, 60 s: 1031 runs of about 46 ms on
alternating CPUs): probes over 1.25x their CPU's usual probe flagged 219 of
the 220 runs that took over 1.25x its usual run, and 1 of the 798 runs they
did not flag (0.13 %) took that long. The runner decides from these times
which runs were taken during a disturbance (they are kept, and counted where
they are read).
"""

import os
import time

# About 3 ms on CPython 3.11 on that VM, the length checked above: long enough
# to read a 1.25x slow-down through timer and cache noise, short enough to cost
# about 12 ms a run on 2 CPUs (5 s over the quick matrix's 429 runs).
STEPS = 150_000


def _spin(steps):
    total = 0
    for i in range(steps):
        total += i
    return total


def probe_each(cpus, last=None):
    """{cpu: seconds STEPS of interpreter work took there} for each CPU of
    `cpus`, pinned to it in turn; `last` is probed last (the CPU the run then
    starts on, which spares a migration). The affinity is restored to what it
    was. {} where the platform cannot pin a process."""
    if not cpus or not hasattr(os, "sched_setaffinity"):
        return {}
    restore = os.sched_getaffinity(0)
    order = sorted(c for c in cpus if c != last) + ([last] if last in cpus else [])
    seconds = {}
    try:
        for cpu in order:
            os.sched_setaffinity(0, {cpu})
            started = time.perf_counter()
            _spin(STEPS)
            seconds[cpu] = time.perf_counter() - started
    finally:
        os.sched_setaffinity(0, restore)
    return seconds


def as_record(before, after):
    """The record's cpu_probes_s: JSON object keys are strings."""
    return {"before": {str(c): s for c, s in before.items()}, "after": {str(c): s for c, s in after.items()}}
