# cython: language_level=3, boundscheck=False, wraparound=False
# distutils: extra_compile_args = -fopenmp
"""Fixture: Cython syntax the analyzer must read (mccabe cannot parse it)."""

cimport cython
cimport openmp
from cython.parallel cimport prange, parallel
from libc.stdlib cimport malloc, free
import numpy as np

cdef extern from "math.h" nogil:
    double sqrt(double x)
    int abs(int x)

ctypedef struct Pair:
    int first
    int second

cdef struct Point:
    double x, y

DEF SIZE = 10


cdef inline int clamp(int value, int low, int high) nogil:
    if value < low:
        return low
    elif value > high:
        return high
    return value


cdef void scan(int i, int n, int[:, :] rows, const int[:] distances,
               signed char[:] dups) noexcept nogil:
    cdef int j
    for j in range(i + 1, n):
        if rows[j, 0] == rows[i, 0] and rows[j, 1] == rows[i, 1]:
            dups[j] = 1
        elif rows[j, 0] == rows[i, 1] and rows[j, 1] == rows[i, 0]:
            rows[j, 2] = distances[i]


cpdef long total(long long[:, ::1] matrix) except? -1:
    cdef:
        int i, j
        long acc = 0
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[1]):
            acc += matrix[i, j]
    return acc


cdef (int, int) bounds(int n) except *:
    return 0, n


def proc(int[:, :] rows, const int[:] distances, signed char[:] dups, int num_threads):
    cdef int i, n = rows.shape[0]
    cdef openmp.omp_lock_t lock
    cdef int *buffer = <int *> malloc(n * sizeof(int))
    openmp.omp_init_lock(&lock)
    with nogil, parallel(num_threads=num_threads):
        for i in prange(n, schedule="static"):
            if dups[i]:
                continue
            with gil:
                scan(i, n, rows, distances, dups)
    try:
        return np.asarray(rows)
    finally:
        free(buffer)


cdef class Accumulator:
    cdef public long value
    cdef readonly int count

    def __cinit__(self):
        self.value = 0

    cpdef add(self, long amount):
        if amount > 0:
            self.value += amount
        self.count += 1


@cython.boundscheck(False)
def dynamic(a, b, c, int num_threads):
    n = a.shape[0]
    for i in prange(n, nogil=True, num_threads=num_threads):
        with gil:
            for j in range(n):
                for k in range(n):
                    c[i, j] += a[i, k] * b[k, j]
