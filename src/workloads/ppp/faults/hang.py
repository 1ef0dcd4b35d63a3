"""faults hang: starts one sleeping multiprocessing.Process per worker, then
the main thread sleeps too; nothing ever ends. The run must be stopped from
outside, and the whole process tree killed (the workers are not daemons and
do not watch their parent)."""

import multiprocessing
import time


def sleep_forever():
    while True:
        time.sleep(3600)


def proc(numbers, workers):
    processes = [multiprocessing.Process(target=sleep_forever) for _ in range(workers)]
    for process in processes:
        process.start()
    sleep_forever()
