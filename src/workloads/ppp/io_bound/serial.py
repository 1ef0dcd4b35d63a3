"""io_bound serial: one request after another, a new connection for each
(the original's requests.get without a session)."""

from ppp.io_bound.common import chunk_size, chunked


def ask(wiki, titles, redirects):
    connection = wiki.connect()
    try:
        return wiki.query(connection, titles, redirects)
    finally:
        connection.close()


def proc(job, workers):
    wiki = job.wiki()
    size = chunk_size(job.text)
    found = []
    for chunk in chunked(job.spans, size):
        found += ask(wiki, chunk, False)
    for chunk in chunked(job.singles, size):
        found += ask(wiki, chunk, True)
    return found
