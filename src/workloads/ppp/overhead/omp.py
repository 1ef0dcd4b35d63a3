"""overhead omp: the loop is in ext/omp.pyx. The int32 conversion is inside
proc(), as in the original."""

import importlib

from ppp import buffers
from ppp.overhead.common import NO_MIN

EXT = "pppx_overhead_omp"


def proc(rows, workers):
    table = buffers.matrix([[int(x) for x in row] for row in rows], "i")  # effort: convert
    extremes = buffers.vector([-1, NO_MIN], "i")  # effort: convert
    partner, distance = importlib.import_module(EXT).proc(table, extremes, workers)
    return int(extremes[0]), int(extremes[1]), partner, distance  # effort: convert
