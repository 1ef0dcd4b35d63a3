"""Seeded cpu_bound input: `attempts` draws of (origin, destination, distance),
each uniform in its range; draws with origin == destination are dropped."""


def generate(rng, params):
    lines = []
    for _ in range(params["attempts"]):
        origin = rng.randint(1, params["id_max"])
        destination = rng.randint(1, params["id_max"])
        distance = rng.randint(1, params["dist_max"])
        if origin != destination:
            lines.append("%d,%d,%d" % (origin, destination, distance))
    return lines
