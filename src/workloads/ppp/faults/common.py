"""faults input and output. The input is built in, so any profile's data
folder will do (nothing is read from it)."""

COUNT = 100


def load(data_dir, params, options):
    return list(range(1, COUNT + 1))


def fresh_input(numbers):
    return numbers  # read only


def canonical_lines(squares):
    return ["%d" % value for value in squares]
