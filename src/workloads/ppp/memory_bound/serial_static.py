"""memory_bound serial-static: the loop is in ext/serial_static.pyx."""

from ppp.memory_bound import omp_common

EXT = "pppx_memory_bound_serial_static"


def proc(matrices, workers):
    return omp_common.run(EXT, matrices, workers)
