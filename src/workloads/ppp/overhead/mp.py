"""overhead mp: extremes in multiprocessing.Value and a multiprocessing.Lock
(shared memory; Figures 6 and 7 "mp"); the dicts stay Manager dicts."""

import multiprocessing

from ppp.overhead import mp_common
from ppp.overhead.common import NO_MIN


def shared_memory(manager):
    return multiprocessing.Value("i", -1), multiprocessing.Value("i", NO_MIN), multiprocessing.Lock()  # effort: convert


def prepare(rows, workers):
    return mp_common.State(rows, shared_memory)


proc = mp_common.proc
cleanup = mp_common.cleanup
