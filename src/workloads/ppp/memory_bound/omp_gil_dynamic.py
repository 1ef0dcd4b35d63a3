"""memory_bound omp-gil-dynamic: the loop is in ext/omp_gil_dynamic.pyx."""

from ppp.memory_bound import omp_common

EXT = "pppx_memory_bound_omp_gil_dynamic"


def proc(matrices, workers):
    return omp_common.run(EXT, matrices, workers)
