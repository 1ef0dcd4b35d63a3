# cython: language_level=3, freethreading_compatible=True, boundscheck=False, wraparound=False
"""cpu_bound omp (no GIL, static type): prange over rows, static schedule,
typed int32 memoryviews, GIL released."""

from cython.parallel import prange


cdef void scan(int i, int n, int[:, :] rows, const int[:] distances,
               signed char[:] dups) nogil:
    cdef int j
    for j in range(i + 1, n):
        if rows[j, 0] == rows[i, 0] and rows[j, 1] == rows[i, 1]:
            dups[j] = 1
        elif rows[j, 0] == rows[i, 1] and rows[j, 1] == rows[i, 0]:
            # Read the source distance from the input copy (cpu_bound 4).
            rows[j, 2] = distances[i]


def proc(int[:, :] rows, const int[:] distances, const signed char[:] repeats,  # effort: convert
         signed char[:] dups, int num_threads):  # effort: convert
    cdef int i, n = rows.shape[0]
    for i in prange(n, nogil=True, schedule="static", num_threads=num_threads):
        # repeats[i] replaces the racy read of dups[i] (cpu_bound 1).
        if not repeats[i]:
            scan(i, n, rows, distances, dups)
