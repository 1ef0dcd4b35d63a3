"""io_bound input: the shipped paragraph (its first `words` words for the
smaller profiles) and the shipped common-word list. Nothing random."""

import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def generate(params):
    with open(os.path.join(HERE, "text.txt"), encoding="utf-8") as handle:
        words = handle.read().split()
    with open(os.path.join(HERE, "common.txt"), encoding="utf-8") as handle:
        common = handle.read().split()
    if params.get("words"):
        words = words[:params["words"]]
    return [" ".join(words)], common
