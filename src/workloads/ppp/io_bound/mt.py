"""io_bound mt: chunks on a queue.Queue, n threads drain it with non-blocking
gets, each over its own kept-alive connection, pushing found titles onto a
result queue. The single-word chunks run in the main thread after join."""

import queue
import threading

from ppp.io_bound.common import chunk_size, chunked
from ppp.io_bound.wiki import Wiki


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


def singles_in_main(wiki, job, size, found):
    connection = wiki.connect()
    try:
        for chunk in chunked(job.singles, size):
            found += wiki.query(connection, chunk, True)
    finally:
        connection.close()
    return found


def fill(job, size):
    chunks = queue.Queue()
    for chunk in chunked(job.spans, size):
        chunks.put(chunk)
    return chunks


def collect(results):
    found = []
    while True:
        try:
            found.append(results.get_nowait())
        except queue.Empty:
            return found


def proc(job, workers):
    wiki, size = Wiki(job.wiki_url), chunk_size(job.text)
    chunks, results, errors = fill(job, size), queue.Queue(), []
    threads = [threading.Thread(target=drain, args=(wiki, chunks, results, errors)) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return singles_in_main(wiki, job, size, collect(results))
