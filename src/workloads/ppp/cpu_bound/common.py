"""Input, output and the shared pieces of the cpu_bound variants."""

import os

INPUT = "cpu_bound.txt"


def load(data_dir, params, options):
    """Rows as lists of three CSV strings [origin, destination, distance]."""
    with open(os.path.join(data_dir, INPUT), encoding="utf-8") as handle:
        return [line.rstrip("\n").split(",") for line in handle if line.strip()]


def fresh_input(rows):
    """Every variant changes the rows (pops duplicates, rewrites distances):
    each call of proc() gets its own row lists (ppp/loops.py)."""
    return [list(row) for row in rows]


def canonical_lines(rows):
    """The kept rows in input order, as CSV. serial, mt and mp keep strings,
    omp keeps ints: str() makes the text the same."""
    return [",".join(str(field) for field in row) for row in rows]


def repeat_flags(rows):
    """DEVIATION (see DEVIATIONS.md, cpu_bound 1): flags[i] is true when an
    earlier row has the same (origin, destination). Computed in O(N) before
    the workers start, so whether row i is skipped no longer depends on how
    far the workers of earlier chunks have got."""
    seen = set()
    flags = []
    for row in rows:
        key = (row[0], row[1])
        flags.append(key in seen)
        seen.add(key)
    return flags


def pop_duplicates(rows, dups):
    """Pop the duplicate rows, highest index first so indexes stay valid."""
    for index in sorted(dups, reverse=True):
        rows.pop(index)
    return rows
