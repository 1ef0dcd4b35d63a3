"""toy mt: one thread per contiguous chunk."""
import threading

from ppp.chunking import contiguous_chunks


def part(values, start, end, out, k):
    out[k] = sum(v for v in values[start:end] if v > 0)


def proc(values, workers):
    data = list(values)  # effort: convert
    out = [0] * workers
    threads = [threading.Thread(target=part, args=(data, s, e, out, k))
               for k, (s, e) in enumerate(contiguous_chunks(len(data), workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(out)
