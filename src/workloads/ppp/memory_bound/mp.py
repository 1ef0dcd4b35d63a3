"""memory_bound mp: A, B and C live in multiprocessing.Array (c_int64) shared
memory, seen as 2-D int64 buffers; one Process per contiguous row block. The
lock-free raw buffer is used: row blocks are disjoint."""

import ctypes
import multiprocessing

from ppp import buffers
from ppp.chunking import contiguous_chunks
from ppp.memory_bound.serial import multiply_rows


def view(shared, n):
    return buffers.over(shared.get_obj(), "q", (n, n))  # effort: convert


def shared_copy(matrix):
    n = matrix.shape[0]
    shared = multiprocessing.Array(ctypes.c_int64, n * n)  # effort: convert
    shared[:] = [x for row in matrix.tolist() for x in row]  # effort: convert
    return shared


def child(shared_a, shared_b, shared_c, n, start, end):
    # Views are rebuilt in the child: works under fork and spawn (G5).
    multiply_rows(view(shared_a, n), view(shared_b, n), view(shared_c, n), start, end)


def prepare(matrices, workers):
    # The original created the shared arrays before proc(), in main().
    a, b = matrices
    n = a.shape[0]
    return shared_copy(a), shared_copy(b), multiprocessing.Array(ctypes.c_int64, n * n), n  # effort: convert


def proc(state, workers):
    shared_a, shared_b, shared_c, n = state
    processes = [multiprocessing.Process(target=child, args=(shared_a, shared_b, shared_c, n, start, end))
                 for start, end in contiguous_chunks(n, workers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    for process in processes:
        if process.exitcode != 0:
            raise RuntimeError("memory_bound.mp worker exited with code %s" % process.exitcode)
    return buffers.copy(view(shared_c, n), "q")  # effort: convert
