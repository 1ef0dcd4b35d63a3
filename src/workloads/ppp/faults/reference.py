"""faults serial: the squares of the input, the reference output."""


def proc(numbers, workers):
    return [value * value for value in numbers]
