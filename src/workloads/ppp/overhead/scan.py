"""The worker of overhead mt and mp: all three passes over one chunk of rows."""

from ppp.overhead.common import update


def scan_chunk(rows, partner, distance, largest, smallest, lock):
    """What each mt/mp worker does on its chunk: all three passes, the lock
    taken around each row's update in each pass (3 round trips per row)."""
    for row in rows:
        dist = int(row[2])  # int, not str (overhead 1)
        with lock:
            if dist > largest.value:
                largest.value = dist
            if dist < smallest.value:
                smallest.value = dist
    for row in rows:
        with lock:
            update(partner, distance, row[0], row[1], int(row[2]))
    for row in rows:
        with lock:
            update(partner, distance, row[1], row[0], int(row[2]))
