"""memory_bound omp-nogil-static: the loop is in ext/omp_nogil_static.pyx."""

from ppp.memory_bound import omp_common

EXT = "pppx_memory_bound_omp_nogil_static"


def proc(matrices, workers):
    return omp_common.run(EXT, matrices, workers)
