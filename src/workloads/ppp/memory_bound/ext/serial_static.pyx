# cython: language_level=3, freethreading_compatible=True, boundscheck=False, wraparound=False
"""memory_bound serial (static type): the typed-memoryview kernel with an
ordinary loop in place of prange (Figure 5; no file in the original)."""


def proc(const long long[:, :] a, const long long[:, :] b, long long[:, :] c, int num_threads):  # effort: convert
    cdef int i, j, k, n = a.shape[0]
    for i in range(n):
        for j in range(n):
            for k in range(n):
                c[i, j] += a[i, k] * b[k, j]
