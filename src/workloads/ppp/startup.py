"""How long this process had existed when its first call of proc() began:
interpreter start, imports, loading the input and the first prepare(). It is
reported on its own (`startup_s`) so that it is never read as part of the
work (ppp/loops.py)."""

import os
import time

PROCESS_CREATION = "process-creation"
HARNESS_ENTRY = "harness-entry"


def process_age():
    """Seconds since the OS created this process, or None if unknown."""
    age = _linux_age()
    return age if age is not None else _psutil_age()


def _linux_age():
    """/proc/self/stat's start time counts clock ticks since boot, the clock
    CLOCK_BOOTTIME reads (psutil's create_time adds a boot time rounded to
    the second, too coarse here)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None or not os.path.exists("/proc/self/stat"):
        return None
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22; fields[0] is field 3
        return time.clock_gettime(boottime) - started
    except (OSError, ValueError, IndexError):
        return None


def _psutil_age():
    try:
        import psutil
        return time.time() - psutil.Process().create_time()
    except Exception:
        return None


def startup(first_call_started, harness_started):
    """(seconds, source) from process creation, or else from the harness's
    entry, to the perf_counter instant first_call_started."""
    since_first_call = time.perf_counter() - first_call_started
    age = process_age()
    if age is not None:
        return max(0.0, age - since_first_call), PROCESS_CREATION
    return first_call_started - harness_started, HARNESS_ENTRY
