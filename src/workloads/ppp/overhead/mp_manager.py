"""overhead mp-manager: extremes and lock are Manager Value and Lock proxies,
so each is IPC too (the committed original; Figure 7, Table 1)."""

from ppp.overhead import mp_common
from ppp.overhead.common import NO_MIN


def through_manager(manager):
    return manager.Value("i", -1), manager.Value("i", NO_MIN), manager.Lock()  # effort: convert


def prepare(rows, workers):
    return mp_common.State(rows, through_manager)


proc = mp_common.proc
cleanup = mp_common.cleanup
