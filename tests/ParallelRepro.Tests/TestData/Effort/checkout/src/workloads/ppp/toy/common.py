"""Loading, shared by every variant."""
import os


def load(path):
    with open(os.path.join(path, "in.txt")) as handle:
        return [int(line) for line in handle]
