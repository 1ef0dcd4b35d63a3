"""io_bound omp (GIL, dynamic type): OpenMP threads run the mt worker; the
loop is in ext/omp_gil_dynamic.pyx."""

import functools
import importlib
import queue

from ppp.io_bound.common import chunk_size
from ppp.io_bound.singles import singles_in_main
from ppp.io_bound.thread_worker import collect, drain, fill

EXT = "pppx_io_bound_omp_gil_dynamic"


def proc(job, workers):
    wiki, size = job.wiki(), chunk_size(job.text)
    chunks, results, errors = fill(job, size), queue.Queue(), []  # effort: convert
    worker = functools.partial(drain, wiki, chunks, results, errors)
    importlib.import_module(EXT).run(worker, chunks.qsize(), workers)
    if errors:
        raise errors[0]
    return singles_in_main(wiki, job, size, collect(results))
