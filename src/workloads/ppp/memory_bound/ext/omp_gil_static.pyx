# cython: language_level=3, freethreading_compatible=True, boundscheck=False, wraparound=False
"""memory_bound omp (GIL, static type): the no-GIL kernel with the row body
inside `with gil:` (the original's commented block, enabled)."""

from cython.parallel import prange


def proc(const long long[:, :] a, const long long[:, :] b, long long[:, :] c, int num_threads):  # effort: convert
    cdef int i, j, k, n = a.shape[0]
    for i in prange(n, nogil=True, schedule="static", num_threads=num_threads):
        with gil:
            for j in range(n):
                for k in range(n):
                    c[i, j] += a[i, k] * b[k, j]
