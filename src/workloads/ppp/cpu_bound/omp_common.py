"""Python side shared by the two cpu_bound omp variants: int32 conversion
(done in main() by the original, so outside the timed proc) and collection of
the kept rows from the memoryview after the parallel loop."""

import importlib

from ppp import buffers


def prepare(rows, workers):
    return buffers.matrix([[int(field) for field in row] for row in rows], "i")  # effort: convert


def run(ext_name, table, workers):
    from ppp.cpu_bound.common import repeat_flags
    ext = importlib.import_module(ext_name)
    rows = table.tolist()  # effort: convert
    repeats = buffers.vector(repeat_flags(rows), "b")  # effort: convert
    dups = buffers.vector([0] * len(rows), "b")  # effort: convert
    distances = buffers.vector([row[2] for row in rows], "i")  # effort: convert
    ext.proc(table, distances, repeats, dups, workers)
    return [row for row, dup in zip(table.tolist(), dups.tolist()) if not dup]  # effort: convert
