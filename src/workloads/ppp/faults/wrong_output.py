"""faults wrong-output: completes normally, but its last square is off by one,
so its digest differs from faults.serial's."""

from ppp.faults import reference


def proc(numbers, workers):
    squares = reference.proc(numbers, workers)
    squares[-1] += 1
    return squares
