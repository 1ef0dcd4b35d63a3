"""Problem sizes per profile, as data.

smoke: the whole group runs in a second or two (tests, CI). Small id ranges
       so that the cpu_bound data is dense in duplicates, reversed pairs and
       distance ties: the cases where the original variants disagreed.
quick: the default. cpu_bound and memory_bound serial take about 1 s on an
       idle core, so the pipeline's quick matrix (4 groups, every variant,
       n = 1, 2, 4, 8, 3 repetitions: 207 runs) takes 3-4 minutes on 2 cores
       (README.md, "Profiles"). The id range is scaled with the row count so
       that repeated and reversed pairs stay about the paper's (~50 each).
paper: the sizes the paper was benchmarked with (workloads.md).
"""

PROFILES = {
    "smoke": {
        "cpu_bound": {"attempts": 500, "id_max": 30, "dist_max": 50},
        "memory_bound": {"size": 24, "value_max": 10},
        "io_bound": {"words": 12},
        # overhead's input is cpu_bound's serial output for the same profile
    },
    "quick": {
        "cpu_bound": {"attempts": 5000, "id_max": 500, "dist_max": 999},
        "memory_bound": {"size": 125, "value_max": 10},
        "io_bound": {"words": 40},
    },
    "paper": {
        "cpu_bound": {"attempts": 9999, "id_max": 999, "dist_max": 999},
        "memory_bound": {"size": 200, "value_max": 10},
        "io_bound": {"words": None},  # the whole paragraph: 153 requests
    },
}

DEFAULT_PROFILE = "quick"


def params(profile, group):
    return dict(PROFILES[profile].get(group, {}))
