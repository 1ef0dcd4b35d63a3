"""io_bound mt: chunks on a queue.Queue, n threads drain it with non-blocking
gets, each over its own kept-alive connection, pushing found titles onto a
result queue. The single-word chunks run in the main thread after join."""

import queue
import threading

from ppp.io_bound.common import chunk_size
from ppp.io_bound.singles import singles_in_main
from ppp.io_bound.thread_worker import collect, drain, fill


def proc(job, workers):
    wiki, size = job.wiki(), chunk_size(job.text)
    chunks, results, errors = fill(job, size), queue.Queue(), []  # effort: convert
    threads = [threading.Thread(target=drain, args=(wiki, chunks, results, errors)) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return singles_in_main(wiki, job, size, collect(results))
