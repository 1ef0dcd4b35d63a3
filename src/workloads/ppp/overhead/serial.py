"""overhead serial: three passes over the rows, no locks."""

from ppp.overhead.common import NO_MIN, update


def proc(rows, workers):
    largest, smallest = -1, NO_MIN
    for row in rows:
        dist = int(row[2])  # overhead 1: compare ints, not strings
        if dist > largest:
            largest = dist
        if dist < smallest:
            smallest = dist
    partner, distance = {}, {}
    for row in rows:
        update(partner, distance, row[0], row[1], int(row[2]))
    for row in rows:
        update(partner, distance, row[1], row[0], int(row[2]))
    return largest, smallest, partner, distance
