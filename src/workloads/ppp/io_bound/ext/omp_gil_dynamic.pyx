# cython: language_level=3, freethreading_compatible=True
"""io_bound omp (GIL, dynamic type): a prange over as many iterations as there
are chunks, each iteration calling the queue-draining worker under the GIL.
The first iteration on each OpenMP thread drains the queue; threads overlap
only while one of them waits on a socket with the GIL released."""

from cython.parallel import prange


def run(worker, int iterations, int num_threads):
    cdef int i
    for i in prange(iterations, nogil=True, schedule="static", num_threads=num_threads):
        with gil:
            worker()
