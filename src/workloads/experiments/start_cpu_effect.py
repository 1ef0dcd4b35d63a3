"""Which cells take the speed of the CPU they start on, and which spread over both: the measurement behind
ParallelRepro's Vocabulary/VariantIds.SpreadsOverCpus.

Reads the run records of earlier reproductions (artifacts/runs/RUNNER/records.jsonl). In the decide stage's extra
rounds a cell runs once on each of two CPUs, seconds apart. It takes the rounds in which both runs' CPU probes (before
and after each run, ppp/cpuprobe.py) agree that one CPU was slow (over 1.25x its usual probe, the lower quartile of
that CPU's probes in the file) and the other quiet, and prints per group, variant and n (n >= 2 pooled) the median
over those rounds of the run that started on the slow CPU over the run that started on the quiet one. About 1: the
cell's work spreads over the CPUs wherever it starts. About the CPUs' speed ratio (1.5-1.8 on the VM this was built
on): it keeps its start CPU.

usage: python experiments/start_cpu_effect.py RECORDS.jsonl...
       e.g. /tmp/run*/artifacts/runs/vm-linux/records.jsonl
"""

import collections
import json
import math
import statistics
import sys

SLOW = 1.25
FEWEST_ROUNDS = 3


def usual_probes(records):
    usual = {}
    for cpu in sorted({c for r in records for side in r["cpu_probes_s"].values() for c in side}):
        times = sorted(side[cpu] for r in records for side in r["cpu_probes_s"].values() if cpu in side)
        usual[cpu] = times[len(times) // 4]
    return usual


def probe_states(record, usual):
    """{(cpu, slow)} over the run's probes before and after."""
    return {(cpu, seconds > SLOW * usual[cpu]) for side in record["cpu_probes_s"].values() for cpu, seconds in side.items()}


def slow_over_quiet(records):
    """[(group, variant, n pooled from 2), log(time on the slow CPU / time on the quiet one)] for every usable round."""
    usual = usual_probes(records)
    pairs = collections.defaultdict(list)
    for r in records:
        if r.get("purpose") and r.get("status") == "ok" and r.get("start_cpu") is not None:
            pairs[(r["runtime"], r["round"], r["group"], r["variant"], r["workers"])].append(r)
    for (_, _, group, variant, workers), runs in pairs.items():
        if len(runs) != 2 or runs[0]["start_cpu"] == runs[1]["start_cpu"]:
            continue
        states = [probe_states(r, usual) for r in runs]
        for r_slow, r_quiet in (runs, runs[::-1]):
            slow, quiet = str(r_slow["start_cpu"]), str(r_quiet["start_cpu"])
            wanted = {(slow, True), (quiet, False)}
            if all(s == wanted for s in states):
                yield (group, variant, min(workers, 2)), math.log(r_slow["proc_time_s"] / r_quiet["proc_time_s"])


def main(paths):
    ratios = collections.defaultdict(list)
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        records = [r for r in records if isinstance(r.get("cpu_probes_s"), dict) and r["cpu_probes_s"].get("before")]
        if records:
            for key, value in slow_over_quiet(records):
                ratios[key].append(value)
    print("%-14s %-16s %-4s %7s %s" % ("group", "variant", "n", "rounds", "slow/quiet (median)"))
    for (group, variant, n), values in sorted(ratios.items()):
        if len(values) >= FEWEST_ROUNDS:
            print("%-14s %-16s %-4s %7d %.2f" % (group, variant, "1" if n == 1 else ">=2", len(values), math.exp(statistics.median(values))))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
