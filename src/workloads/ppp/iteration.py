"""One call of a variant's proc() on a fresh input, the unit ppp/loops.py
repeats. Only proc() is timed; the copy, prepare() (what the original did
before its timer: a Manager, type conversion), cleanup() and the canonical
output text are made around it."""

import copy
import time
from collections import namedtuple

from ppp.output import canonical_text

Call = namedtuple("Call", "seconds started text")


def fresh_input(group, loaded):
    """A copy of what proc() may change. Each group's common module says what
    that is (fresh_input); a group that does not say gets a deep copy."""
    make = getattr(group, "fresh_input", None)
    return make(loaded) if make else copy.deepcopy(loaded)


def call_once(group, variant, loaded, workers):
    data = fresh_input(group, loaded)
    if hasattr(variant, "prepare"):
        data = variant.prepare(data, workers)
    try:
        started = time.perf_counter()
        result = variant.proc(data, workers)
        seconds = time.perf_counter() - started
    finally:
        if hasattr(variant, "cleanup"):
            variant.cleanup(data)
    return Call(seconds, started, canonical_text(group.canonical_lines(result)))
