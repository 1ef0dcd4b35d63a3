"""Python side shared by the two cpu_bound omp variants: int32 conversion
(done in main() by the original, so outside the timed proc) and collection of
the kept rows from the memoryview after the parallel loop."""

import importlib


def prepare(rows, workers):
    import numpy
    return numpy.array([[int(field) for field in row] for row in rows], dtype=numpy.int32).reshape(-1, 3)  # effort: convert


def run(ext_name, table, workers):
    import numpy
    from ppp.cpu_bound.common import repeat_flags
    ext = importlib.import_module(ext_name)
    repeats = numpy.array(repeat_flags(table.tolist()), dtype=numpy.int8)  # effort: convert
    dups = numpy.zeros(len(table), dtype=numpy.int8)  # effort: convert
    distances = table[:, 2].copy()  # effort: convert
    ext.proc(table, distances, repeats, dups, workers)
    return [row for row, dup in zip(table.tolist(), dups.tolist()) if not dup]  # effort: convert
