# cython: language_level=3, freethreading_compatible=True, boundscheck=False, wraparound=False
# distutils: language = c++
"""overhead omp: results in two C++ std::map<int, int>, extremes in a 2-element
int32 array, one prange (static, GIL released) whose three per-row sections
each hold the same OpenMP lock, so execution is effectively serialized."""

from cython.parallel import prange
from libcpp.map cimport map as cmap
cimport openmp


cdef inline void update(cmap[int, int]* partner, cmap[int, int]* distance,
                        int point, int other, int dist) nogil:
    # Ties go to the smaller partner id (overhead 2).
    if (partner.count(point) == 0 or dist < distance[0][point]
            or (dist == distance[0][point] and other < partner[0][point])):
        partner[0][point] = other
        distance[0][point] = dist


def proc(const int[:, :] rows, int[:] extremes, int num_threads):  # effort: convert
    cdef cmap[int, int] partner, distance  # effort: convert
    cdef openmp.omp_lock_t lock
    cdef int i, n = rows.shape[0]
    openmp.omp_init_lock(&lock)
    for i in prange(n, nogil=True, schedule="static", num_threads=num_threads):
        openmp.omp_set_lock(&lock)
        if rows[i, 2] > extremes[0]:
            extremes[0] = rows[i, 2]
        if rows[i, 2] < extremes[1]:
            extremes[1] = rows[i, 2]
        openmp.omp_unset_lock(&lock)
        openmp.omp_set_lock(&lock)
        update(&partner, &distance, rows[i, 0], rows[i, 1], rows[i, 2])
        openmp.omp_unset_lock(&lock)
        openmp.omp_set_lock(&lock)
        update(&partner, &distance, rows[i, 1], rows[i, 0], rows[i, 2])
        openmp.omp_unset_lock(&lock)
    openmp.omp_destroy_lock(&lock)
    return partner, distance  # effort: convert
