"""Whether the planned rounds of a group could lend a variance prior to the few balanced rounds the decide stage reads
(ParallelRepro's Statistics/VariancePrior, Statistics/StratifiedRatio): how far each spreads, run by run.

Reads the run records of reproductions (artifacts/runs/RUNNER/records.jsonl). Per file, runtime and group it prints

- the prior the planned rounds would give: every cell at n >= 2 (whose work spreads over the CPUs) over the serial
  program's mean time over the CPUs in the same round (its planned runs take both CPUs), one log variance per cell on
  rounds - 1 degrees of freedom, pooled by Smyth's empirical-Bayes estimate as VariancePrior.Estimate computes it:
  its standard deviation s0 and degrees of freedom d0;
- the decide stage's balanced rounds of every cell over serial (a cell that keeps its CPU by its mean time over the
  two CPUs it ran on, a spreading cell by its one run), the standard deviation of their log ratios pooled within
  cells, and on how many degrees of freedom.

A prior is worth borrowing only where s0 is about the balanced rounds' own spread; where it is several times larger,
it widens the intervals it was meant to narrow.

usage: python experiments/planned_vs_balanced_spread.py RECORDS.jsonl...
       e.g. /tmp/run*/artifacts/runs/vm-linux/records.jsonl
"""

import collections
import json
import math
import statistics
import sys

MIN_TIMED_S = 0.05  # ClaimScope.MinTimedSpanS: no verdict rests on a cell under 50 ms


def digamma(x):
    shift = 0.0
    while x < 10:
        shift -= 1 / x
        x += 1
    f = 1 / (x * x)
    return shift + math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))))


def trigamma(x):
    shift = 0.0
    while x < 10:
        shift += 1 / (x * x)
        x += 1
    f = 1 / (x * x)
    return shift + 1 / x + f / 2 + f / x * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)))


def trigamma_inverse(y):
    low, high = 1e-6, 1e7  # trigamma falls monotonically: bisect on the log scale
    for _ in range(200):
        middle = math.sqrt(low * high)
        low, high = (middle, high) if trigamma(middle) > y else (low, middle)
    return math.sqrt(low * high)


def smyth_prior(family):
    """(s0^2, d0) of [(variance, df)], as VariancePrior.Estimate; None below three members."""
    usable = [(v, d) for v, d in family if v > 0 and d >= 1]
    if len(usable) < 3:
        return None
    e = [math.log(v) - digamma(d / 2) + math.log(d / 2) for v, d in usable]
    beyond = statistics.variance(e) - statistics.fmean(trigamma(d / 2) for _, d in usable)
    cap = sum(d for _, d in usable)
    d0 = min(2 * trigamma_inverse(beyond), cap) if beyond > 0 else cap
    return math.exp(statistics.fmean(e) + digamma(d0 / 2) - math.log(d0 / 2)), d0


def spreads(cell):
    return cell[2] != "serial" and cell[3] >= 2  # VariantIds.SpreadsOverCpus on two CPUs


def over_cpus(cell, cpus):
    """A cell's time over the CPUs in one round: a spreading run's own, else the mean of its CPUs' medians (None below two)."""
    if spreads(cell):
        return statistics.median(t for ts in cpus.values() for t in ts)
    return statistics.fmean(statistics.median(ts) for ts in cpus.values()) if len(cpus) >= 2 else None


def log_ratios(rounds, numbers, cell, serial):
    logs = []
    for number in numbers:
        here = rounds[number]
        if cell in here and serial in here:
            a, b = over_cpus(cell, here[cell]), over_cpus(serial, here[serial])
            if a and b:
                logs.append(math.log(a / b))
    return logs


def main(paths):
    print("file | runtime/group | planned prior s0 (d0) | decide stage's balanced rounds: pooled sd (df)")
    for path in paths:
        table = collections.defaultdict(lambda: collections.defaultdict(lambda: collections.defaultdict(lambda: collections.defaultdict(list))))
        extra = set()
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                r = json.loads(line)
                if r.get("status") != "ok" or r.get("start_cpu") is None or r.get("round") is None:
                    continue
                cell = (r["runtime"], r["group"], r["variant"], r["workers"])
                table[cell[:2]][r["round"]][cell][r["start_cpu"]].append(r["proc_time_s"])
                if str(r.get("purpose") or "").startswith("extra"):
                    extra.add((cell[:2], r["round"]))
        for key, rounds in sorted(table.items()):
            planned = [n for n in rounds if (key, n) not in extra]
            decided = [n for n in rounds if (key, n) in extra]
            cells = {c for n in rounds for c in rounds[n]}
            serial = next((c for c in cells if c[2] == "serial"), None)
            if serial is None or not decided:
                continue
            family = []
            for cell in cells:
                times = [t for n in planned for ts in rounds[n].get(cell, {}).values() for t in ts]
                if spreads(cell) and times and statistics.median(times) >= MIN_TIMED_S:
                    logs = log_ratios(rounds, planned, cell, serial)
                    if len(logs) >= 2:
                        family.append((statistics.variance(logs), len(logs) - 1))
            prior = smyth_prior(family)
            squares, df = 0.0, 0
            for cell in cells - {serial}:
                logs = log_ratios(rounds, decided, cell, serial)
                if len(logs) >= 2:
                    squares += statistics.variance(logs) * (len(logs) - 1)
                    df += len(logs) - 1
            print("%s | %s | %s | %s" % (path, "/".join(key), "%.3f (%.0f)" % (math.sqrt(prior[0]), prior[1]) if prior else "-",
                                         "%.3f (%d)" % (math.sqrt(squares / df), df) if df else "-"))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
