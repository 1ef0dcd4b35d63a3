"""Not a variant: a helper the convention skips."""


def generate(rng, count):
    return [rng.randint(-5, 5) for _ in range(count)]
