"""Loop calibration: a run whose one call of proc() is shorter than a minimum
timed span repeats the call k times in the same process, and reports the time
per iteration (the idea of pyperf's loop calibration; written here).

Why: a call of a few milliseconds is dominated by timer noise, scheduling and
cold caches, and the process around it by interpreter start-up; k calls make
the measured span long enough (min_time, 0.1 s by default) for the time per
call to be read off it. k is chosen once per cell by `--loops auto` and then
passed as `--loops k` to every later run of the cell, so all runs of a cell
are alike.

What is timed: only proc() of each call, one perf_counter pair per call; the
fresh copy of the input, prepare(), cleanup() and the output digest of each
call happen between the timed spans (ppp/iteration.py). When k > 1 one more
call comes first, untimed in the result, so that no run's average includes a
first, cold call while another's does not.

How auto picks k: from the faster of the first two calls. The first call of a
process is often much slower than the next (an OpenMP team or a thread pool
is created, caches are cold): the overhead group's omp at n = 128 took over
0.1 s in its first call and 9 ms after, so a k read off the first call alone
left its later runs timing 36 ms in all. A cold start adds a roughly fixed
cost (about 0.1 s there), so a first call of WARM_ENOUGH x min_time or more
is long enough warm too and is kept as it is: a second call of a
multi-second program would cost seconds for nothing. With
k > 1 the second call is the first timed one, so the calibrating run times
the same calls as every later run of the cell (one untimed, then k timed).
If those k calls still time less than min_time (the calls kept getting
faster after the first two), k is read once more off their median, and k' fresh
calls are timed: the calibrating run then has k + 1 untimed calls, and no
cell is left timing less than its min_time at calibration.
"""

import math
from collections import namedtuple

AUTO = "auto"
DEFAULT_MIN_TIME = 0.1  # seconds: the shortest timed span of a run
MAX_LOOPS = 1000        # a proc() that takes 0.1 ms still gets no more than this
WARM_ENOUGH = 3         # a first call this many times min_time needs no second call to pick k

# calls: every call of proc() the process made, timed or not (the calibration may add one after the timed call).
Measured = namedtuple("Measured", "loops warmup_calls per_iteration_s total_s text first_call calls")


class LoopsError(ValueError):
    """A bad --loops or --min-time value."""


def parse_loops(text):
    """'auto' -> AUTO, 'K' -> int K >= 1; anything else is a LoopsError."""
    if text == AUTO:
        return AUTO
    try:
        loops = int(text)
    except (TypeError, ValueError):
        loops = 0
    if not 1 <= loops <= MAX_LOOPS:
        raise LoopsError("--loops must be an integer 1..%d or %s, got %r" % (MAX_LOOPS, AUTO, text))
    return loops


def check_min_time(seconds):
    if not (seconds > 0 and math.isfinite(seconds)):
        raise LoopsError("--min-time must be a positive number of seconds, got %r" % seconds)
    return seconds


def loops_for(one_call_s, min_time, max_loops=MAX_LOOPS):
    """The smallest k with k * one_call_s >= min_time, at most max_loops."""
    if one_call_s >= min_time:
        return 1
    if one_call_s <= 0:  # below the clock's resolution
        return max_loops
    return min(max_loops, math.ceil(min_time / one_call_s))


def measure(call, loops, min_time=DEFAULT_MIN_TIME):
    """call() -> Call(seconds, text) runs proc() once on a fresh input.
    loops: AUTO or a fixed k. Every call's output must be the same text."""
    first = call()
    timed = []
    calls = 1
    calibrating = loops == AUTO
    if calibrating:
        if first.seconds >= WARM_ENOUGH * min_time:
            return _result([first], warmups=[], first_call=first, calls=calls)
        second = call()
        calls += 1
        _same_output(first, second, 2)
        loops = loops_for(min(first.seconds, second.seconds), min_time)
        if loops == 1:
            # Like every later `--loops 1` run of the cell: the first call is the measurement.
            return _result([first], warmups=[], first_call=first, calls=calls)
        timed.append(second)
    elif loops == 1:
        return _result([first], warmups=[], first_call=first, calls=calls)
    warmups = [first]
    calls = _time_calls(call, first, loops, timed, warmups, calls)
    if calibrating and sum(c.seconds for c in timed) < min_time and loops < MAX_LOOPS:
        # The calls got faster after the two that set k (overhead.omp at n = 32: 11 ms, then 3-6 ms a call, so
        # its runs timed 29-52 ms in all): once, k is read again off the median of the k calls just made (the
        # second call, still slow, is among them), and those calls become warm-ups.
        median = sorted(c.seconds for c in timed)[len(timed) // 2]
        loops = max(loops + 1, loops_for(median, min_time))
        warmups, timed = warmups + timed, []
        calls = _time_calls(call, first, loops, timed, warmups, calls)
    return _result(timed, warmups, first_call=first, calls=calls)


def _time_calls(call, first, loops, timed, warmups, calls):
    """Calls proc() until `timed` holds `loops` calls; returns the count of calls made in all."""
    while len(timed) < loops:
        timed.append(call())
        calls += 1
        _same_output(first, timed[-1], len(warmups) + len(timed))
    return calls


def _same_output(first, other, number):
    if other.text != first.text:
        raise RuntimeError("call %d of proc() in this process gave another output than call 1: "
                           "an input was not fresh, or proc() is not deterministic" % number)


def _result(timed, warmups, first_call, calls):
    total = sum(c.seconds for c in timed)
    return Measured(len(timed), len(warmups), total / len(timed), total, timed[0].text, first_call, calls)
