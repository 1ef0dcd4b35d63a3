"""How many of the decide stage's balanced rounds the claims left inconclusive would need on this machine: the
quantities they straddled on, pooled over reproductions, against their bounds.

Reads the run records of reproductions (artifacts/runs/RUNNER/records.jsonl). For each quantity below it takes the
decide stage's extra rounds (records whose purpose starts with "extra"): a round's ratio is the two cells' mean times
over the CPUs they ran on, a spreading cell's one run its own (planned_vs_balanced_spread.over_cpus; ParallelRepro's
Statistics/PairedRatio reads balanced rounds the same way), and for mp(8)'s user/real, each run's (user + children's
user CPU time) / real time. Pooled over the files it prints

- the log readings' standard deviation per round, pooled within files (each file's rounds about their own mean),
- their mean over all files, and its log distance to the claim's bound,
- what a round costs (its runs' real times, with the stage's 0.02 s a run and 0.12 s a round),
- the rounds a decision at the stage's level would need with 80 % power, ((z(0.995) + z(0.80)) sd / distance)^2 (the
  normal approximation: Student's t on few rounds needs more), and the seconds of runs that is.

A quantity that needs more seconds than a default reproduction leaves its decide stage (100-130 s on a 2-core VM)
stays inconclusive there, however the rounds are spent; one at its bound needs rounds without end.

usage: python experiments/decide_feasibility.py RECORDS.jsonl...
       e.g. /tmp/run*/artifacts/runs/vm-linux/records.jsonl
"""

import collections
import json
import math
import statistics
import sys

from planned_vs_balanced_spread import over_cpus

RUN_OVERHEAD_S, ROUND_OVERHEAD_S = 0.02, 0.12  # Deciding/DecisionRounds: RunOverheadSeconds, RoundOverheadSeconds
Z_DECIDE, Z_POWER = 2.576, 0.842  # the decide stage's 99 % two-sided interval; 80 % power

# claim, quantity, cell a, cell b (None: a's user/real per run), the claim's bound (Claims/Checks)
QUANTITIES = [
    ("cpu-mt-no-speedup", "mt(1)/serial", ("cpu_bound", "mt", 1), ("cpu_bound", "serial", 1), 0.95),
    ("cpu-mt-worse-with-n", "mt(8)/mt(1)", ("cpu_bound", "mt", 8), ("cpu_bound", "mt", 1), 1.10),
    ("cpu-mp-speedup", "mp(4)/serial", ("cpu_bound", "mp", 4), ("cpu_bound", "serial", 1), 0.75),
    ("mem-mt-approx-serial", "mt(1)/serial", ("memory_bound", "mt", 1), ("memory_bound", "serial", 1), 0.90),
    ("mem-mt-approx-serial", "omp-gil-dynamic(1)/serial", ("memory_bound", "omp-gil-dynamic", 1), ("memory_bound", "serial", 1), 0.90),
    ("mem-mt-approx-serial", "omp-gil-dynamic(2)/serial", ("memory_bound", "omp-gil-dynamic", 2), ("memory_bound", "serial", 1), 0.90),
    ("mem-mp-speedup", "mp user/real(8)", ("memory_bound", "mp", 8), None, 1.50),
]


def per_iteration(run):
    return run["proc_time_s"] / run.get("loops", 1)


def round_time(cell, runs):
    """A cell's time in one round, read as planned_vs_balanced_spread.over_cpus reads it (None below two CPUs)."""
    by_cpu = collections.defaultdict(list)
    for run in runs:
        by_cpu[run.get("start_cpu")].append(per_iteration(run))
    return over_cpus(cell, by_cpu)


def extra_rounds(path):
    rounds = collections.defaultdict(lambda: collections.defaultdict(list))
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            run = json.loads(line)
            if run["status"] == "ok" and run.get("purpose", "").startswith("extra"):
                rounds[(run["runtime"], run["round"])][(run["group"], run["variant"], run["workers"])].append(run)
    return rounds


def readings(rounds, a, b):
    """Log readings of one quantity in one file, and the real seconds of each round they came from."""
    logs, costs = [], []
    for (runtime, _), cells in rounds.items():
        runs_a, runs_b = cells.get(a), cells.get(b) if b else None
        if not runs_a or (b and not runs_b):
            continue
        if b is None:
            logs += [math.log((r["user_s"] + r["children_user_s"]) / r["real_time_s"]) for r in runs_a]
            costs += [r["real_time_s"] + RUN_OVERHEAD_S + ROUND_OVERHEAD_S for r in runs_a]
        elif (time_a := round_time((runtime, *a), runs_a)) and (time_b := round_time((runtime, *b), runs_b)):
            logs.append(math.log(time_a / time_b))
            costs.append(sum(r["real_time_s"] + RUN_OVERHEAD_S for r in runs_a + runs_b) + ROUND_OVERHEAD_S)
    return logs, costs


def main(paths):
    files = [(path, extra_rounds(path)) for path in paths]
    for claim, label, a, b, bound in QUANTITIES:
        samples = [(path, *readings(rounds, a, b)) for path, rounds in files]
        samples = [s for s in samples if len(s[1]) >= 2]
        if not samples:
            print(f"{claim} {label}: no file has two of its extra rounds")
            continue
        df = sum(len(logs) - 1 for _, logs, _ in samples)
        sd = math.sqrt(sum((len(logs) - 1) * statistics.variance(logs) for _, logs, _ in samples) / df)
        every = [x for _, logs, _ in samples for x in logs]
        mean = statistics.mean(every)
        distance = abs(mean - math.log(bound))
        cost = statistics.mean(c for _, _, costs in samples for c in costs)
        rounds = ((Z_DECIDE + Z_POWER) * sd / distance) ** 2 if distance > 0 else math.inf
        print(f"{claim} {label}: {len(every)} rounds in {len(samples)} file(s); mean {math.exp(mean):.3f} against "
              f"{bound:.2f} (log distance {distance:.3f}); sd {sd:.3f} a round; a round {cost:.1f} s; "
              f"about {rounds:.0f} rounds, {rounds * cost:.0f} s of runs")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
