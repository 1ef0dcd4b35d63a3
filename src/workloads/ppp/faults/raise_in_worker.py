"""faults raise-in-worker: one multiprocessing.Process per chunk; worker 0
raises InjectedFault (its traceback goes to stderr), the parent sees its
non-zero exit code and raises RuntimeError naming the worker's error, so
`ppp run` exits 1 with both tracebacks on stderr and writes no record."""

import multiprocessing

from ppp.chunking import contiguous_chunks


class InjectedFault(Exception):
    pass


def work(index, numbers, errors):
    try:
        if index == 0:
            raise InjectedFault("injected fault in worker 0 of faults.raise-in-worker")
        return [value * value for value in numbers]
    except BaseException as exc:
        errors.put("%s: %s" % (type(exc).__name__, exc))
        raise


def proc(numbers, workers):
    errors = multiprocessing.Queue()
    processes = [multiprocessing.Process(target=work, args=(index, numbers[start:end], errors))
                 for index, (start, end) in enumerate(contiguous_chunks(len(numbers), workers))]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    failed = [(index, process.exitcode) for index, process in enumerate(processes) if process.exitcode != 0]
    if failed:
        index, code = failed[0]
        raise RuntimeError("faults.raise-in-worker: worker %d exited with code %s (%s)"
                           % (index, code, errors.get(timeout=10)))
    raise AssertionError("faults.raise-in-worker: no worker failed")
