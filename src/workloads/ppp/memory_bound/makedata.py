"""Seeded memory_bound input: two size x size matrices of ints in 0..value_max-1."""


def generate(rng, params):
    size, top = params["size"], params["value_max"]
    return [[",".join(str(rng.randrange(top)) for _ in range(size)) for _ in range(size)]
            for _matrix in "ab"]
