"""overhead omp: the loop is in ext/omp.pyx. The int32 conversion is inside
proc(), as in the original."""

import importlib

from ppp.overhead.common import NO_MIN

EXT = "pppx_overhead_omp"


def proc(rows, workers):
    import numpy
    table = numpy.array([[int(x) for x in row] for row in rows], dtype=numpy.int32).reshape(-1, 3)  # effort: convert
    extremes = numpy.array([-1, NO_MIN], dtype=numpy.int32)  # effort: convert
    partner, distance = importlib.import_module(EXT).proc(table, extremes, workers)
    return int(extremes[0]), int(extremes[1]), partner, distance  # effort: convert
