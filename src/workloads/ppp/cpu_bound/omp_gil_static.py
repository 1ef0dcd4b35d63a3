"""cpu_bound omp (GIL, static type); the loop is in ext/omp_gil_static.pyx."""

from ppp.cpu_bound import omp_common

EXT = "pppx_cpu_bound_omp_gil_static"
prepare = omp_common.prepare


def proc(table, workers):
    return omp_common.run(EXT, table, workers)
