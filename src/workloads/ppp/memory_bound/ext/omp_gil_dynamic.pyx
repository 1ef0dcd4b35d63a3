# cython: language_level=3, freethreading_compatible=True
"""memory_bound omp (GIL, dynamic type): the same prange, but A, B and C are
plain Python references to the matrices (the original's "dynamically
typed alternative"), so every element access is a Python call under the GIL."""

from cython.parallel import prange


def proc(a, b, c, int num_threads):
    cdef int i, j, k, n = a.shape[0]
    for i in prange(n, nogil=True, schedule="static", num_threads=num_threads):
        with gil:
            for j in range(n):
                for k in range(n):
                    c[i, j] += a[i, k] * b[k, j]
