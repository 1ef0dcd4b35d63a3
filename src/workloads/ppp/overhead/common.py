"""Input, output and the pieces shared by the overhead variants."""

import os

INPUT = "cpu_bound-output_serial.txt"
NO_MIN = 2 ** 31 - 1  # fits a C int, larger than any distance


def load(data_dir, params, options):
    """cpu_bound's serial output: rows of [origin, destination, distance] strings."""
    with open(os.path.join(data_dir, INPUT), encoding="utf-8") as handle:
        return [line.rstrip("\n").split(",") for line in handle if line.strip()]


def fresh_input(rows):
    """No variant changes the rows (tests/test_loops.py checks): shared by
    every call of proc() (ppp/loops.py)."""
    return rows


def canonical_lines(result):
    """max and min first (the original only printed them), then one
    point,partner,distance row per point, sorted by point id."""
    largest, smallest, partner, distance = result
    lines = ["max,%d" % largest, "min,%d" % smallest]
    for point in sorted(partner, key=int):
        lines.append("%s,%s,%s" % (point, partner[point], distance[point]))
    return lines


def closer(dist, other, best_dist, best_other):
    """DEVIATION (overhead 2): a tie on distance goes to the smaller partner
    id, not to the first row seen, so the answer does not depend on the order
    in which workers visit rows."""
    return dist < best_dist or (dist == best_dist and int(other) < int(best_other))


def update(partner, distance, point, other, dist):
    if point not in partner or closer(dist, other, distance[point], partner[point]):
        partner[point] = other
        distance[point] = dist
