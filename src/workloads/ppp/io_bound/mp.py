"""io_bound mp: the mt design with multiprocessing.Queue and n processes,
each with its own kept-alive connection. Besides titles, a worker sends its
retry ledger, or the one-line reason it gave up, as a tagged tuple."""

import multiprocessing
import queue

from ppp.errors import RunFailed
from ppp.io_bound.common import chunk_size, chunked
from ppp.io_bound.singles import singles_in_main
from ppp.io_bound.wiki import Wiki

DONE = None
RETRIES, GAVE_UP = "retries", "gave-up"


def drain(url, chunks, results):
    """Blocking gets until a DONE marker (io_bound 2: a non-blocking get on a
    multiprocessing.Queue may report empty while items are in flight)."""
    wiki, connection = Wiki(url), None
    try:
        for chunk in iter(chunks.get, DONE):
            connection = connection or wiki.connect()
            for title in wiki.query(connection, chunk):
                results.put(title)
    except RunFailed as exc:
        results.put((GAVE_UP, str(exc)))
    finally:
        if connection:
            connection.close()
    results.put((RETRIES, wiki.ledger.snapshot()))
    results.put(DONE)  # not reached on another error: the parent sees the exit code


def gather(results, processes, ledger):
    """Read results until every worker has sent DONE; fail if one died or
    gave up."""
    found, done = [], 0  # effort: convert
    while done < len(processes):  # effort: convert
        try:
            item = results.get(timeout=0.2)  # effort: convert
        except queue.Empty:
            dead = [p.exitcode for p in processes if p.exitcode not in (None, 0)]
            if dead:
                raise RuntimeError("io_bound.mp worker exited with code %s" % dead[0])
            continue
        if item is DONE:
            done += 1
        elif isinstance(item, tuple):
            note(item, ledger)
        else:
            found.append(item)  # effort: convert
    return found


def note(item, ledger):
    tag, value = item
    if tag == GAVE_UP:
        raise RunFailed(value)
    ledger.merge(value)


def proc(job, workers):
    size = chunk_size(job.text)
    chunks, results = multiprocessing.Queue(), multiprocessing.Queue()  # effort: convert
    for chunk in chunked(job.spans, size):  # effort: convert
        chunks.put(chunk)  # effort: convert
    for _ in range(workers):
        chunks.put(DONE)
    # daemon: if one worker fails, the others must not keep the parent alive
    processes = [multiprocessing.Process(target=drain, args=(job.wiki_url, chunks, results), daemon=True)
                 for _ in range(workers)]
    for process in processes:
        process.start()
    found = gather(results, processes, job.ledger)  # before join: a child with queued data cannot exit
    for process in processes:
        process.join()
    return singles_in_main(job.wiki(), job, size, found)
