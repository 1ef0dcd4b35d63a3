"""The single-word chunks of mt, mp and omp: asked by the main thread after the
workers, over one kept-alive connection (io_bound 6)."""

from ppp.io_bound.common import chunked


def singles_in_main(wiki, job, size, found):
    connection = wiki.connect()
    try:
        for chunk in chunked(job.singles, size):
            found += wiki.query(connection, chunk, True)
    finally:
        connection.close()
    return found
