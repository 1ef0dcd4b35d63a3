"""toy serial: the sum of the positive values."""
from ppp.toy.common import load  # noqa: F401


def proc(values, workers):
    total = 0
    for value in values:
        if value > 0:
            total += value
    return total
