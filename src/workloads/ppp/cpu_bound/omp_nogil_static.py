"""cpu_bound omp (no GIL, static type); the loop is in ext/omp_nogil_static.pyx."""

from ppp.cpu_bound import omp_common

EXT = "pppx_cpu_bound_omp_nogil_static"
prepare = omp_common.prepare


def proc(table, workers):
    return omp_common.run(EXT, table, workers)
