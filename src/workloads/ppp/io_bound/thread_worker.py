"""The queue-draining worker shared by mt and omp-gil-dynamic (whose OpenMP
threads run it), with the chunk queue it drains and the result queue it fills."""

import queue

from ppp.io_bound.common import chunked


def fill(job, size):
    chunks = queue.Queue()  # effort: convert
    for chunk in chunked(job.spans, size):  # effort: convert
        chunks.put(chunk)  # effort: convert
    return chunks


def drain(wiki, chunks, results, errors):
    """Take chunks until the queue is empty. All puts happen before the
    threads start, so an empty queue.Queue really is empty."""
    connection = None
    try:
        while True:
            try:
                chunk = chunks.get_nowait()
            except queue.Empty:
                return
            connection = connection or wiki.connect()
            for title in wiki.query(connection, chunk):
                results.put(title)
    except BaseException as exc:  # reported by the main thread (io_bound 5)
        errors.append(exc)
    finally:
        if connection:
            connection.close()


def collect(results):
    """The found titles as a list, once every worker has finished."""
    found = []  # effort: convert
    while not results.empty():  # effort: convert
        found.append(results.get_nowait())  # effort: convert
    return found
