"""cpu_bound serial: the reference every other variant must match."""

from ppp.cpu_bound.common import pop_duplicates


def proc(rows, workers):
    dups = []
    n = len(rows)
    for i in range(n):
        if i in dups:
            continue
        row = rows[i]
        for j in range(i + 1, n):
            other = rows[j]
            if other[0] == row[0] and other[1] == row[1]:
                dups.append(j)
            elif other[0] == row[1] and other[1] == row[0]:
                # DEVIATION (cpu_bound 2): a real assignment, not the
                # paper-time no-op "==".
                other[2] = row[2]
    return pop_duplicates(rows, dups)
