"""toy omp-nogil-static: the loop is in ext/omp_nogil_static.pyx."""
import importlib

import numpy


def proc(values, workers):
    array = numpy.asarray(values, dtype=numpy.int64)  # effort: convert
    return importlib.import_module("pppx_toy_omp_nogil_static").proc(array, workers)
