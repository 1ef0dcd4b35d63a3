"""Problem sizes per profile, as data.

smoke: the whole group runs in a second or two (tests, CI). Small id ranges
       so that the cpu_bound data is dense in duplicates, reversed pairs and
       distance ties: the cases where the original variants disagreed.
quick: the default. cpu_bound serial takes about 0.5 s and memory_bound
       serial 0.25 s on an idle core, so the pipeline's quick matrix (4
       groups, every variant, the paper's n = 1..128, 3 rounds) takes a few
       minutes on 2 cores (README.md, "Profiles"). The id range is scaled with
       the row count so that repeated and reversed pairs stay about the
       paper's (~50 each).
       overhead reads the first 2500 rows of cpu_bound's serial output
       (4936 at quick sizes): its multiprocessing variants make one IPC round
       trip per row, so the whole output made overhead.mp take 1.8 s and
       mp-manager 4-9 s per run, 60 % of the quick matrix's time. Not fewer
       rows: each worker process costs a fixed 24 ms (Manager proxies 30 ms)
       to start, and the per-row cost must stay comparable to that for the
       manager-vs-shared-memory claim to measure what the paper measured (its
       ratio 2.6 at n=1, 1.9 at n=128). With 1200 rows the spawns dominated
       and the ratio fell to 1.37 at n=128 (measured, quick default run);
       2500 rows keep it near 1.5, the whole output near 1.65.
paper: the sizes the paper was benchmarked with (workloads.md).
"""

PROFILES = {
    "smoke": {
        "cpu_bound": {"attempts": 500, "id_max": 30, "dist_max": 50},
        "memory_bound": {"size": 24, "value_max": 10},
        "io_bound": {"words": 12},
        # overhead's input is cpu_bound's serial output for the same profile
        # (all of it, unless "rows" keeps only its first rows)
    },
    "quick": {
        "cpu_bound": {"attempts": 5000, "id_max": 500, "dist_max": 999},
        "memory_bound": {"size": 125, "value_max": 10},
        "io_bound": {"words": 40},
        "overhead": {"rows": 2500},
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
