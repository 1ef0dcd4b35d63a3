"""How far this machine's speed ratios wander over minutes, beyond the noise between rounds: the measurement behind
the README's "No allowance for drift between minutes" (the decide stage's intervals add none).

The decide stage's extra rounds of a claim are seconds apart and all within its two minutes or so, so their spread
says how precisely they measure the ratio during those minutes, not how far the ratio itself moves between one
stretch of minutes and the next. This measures that second part:

  measure  runs balanced rounds (ppp run, each program on CPU 0 then in reverse order on CPU 1, as the decide stage's
           extra rounds run) of four ratios that claims read, back to back for SECONDS, into OUT.csv. Each round also
           sets a PAD environment variable of 0, 1000, 2000 or 3000 bytes, to see whether the processes' memory layout
           (which the environment's size moves) matters, and loads the Cython extensions from one of COPIES copies of
           EXT_DIR, to see whether where a copy's pages sit in memory does (every reproduction compiles its own).
  estimate cuts each ratio's rounds into blocks of BLOCK consecutive rounds (12 rounds take about two minutes, as a
           decide stage does) and takes each block's 20 % trimmed mean of the log ratios, with its standard error
           (Yuen's, as Statistics/TrimmedMeanInterval). The variance of the block means beyond what those standard
           errors explain is the drift: tau^2 = var(block means) - mean(se^2), pooled over the ratios weighted by their
           blocks - 1.

usage (from src/workloads, after a reproduction made the data and the extensions):
  python experiments/machine_drift.py measure DATA_DIR EXT_DIR SECONDS OUT.csv [COPIES]
  python experiments/machine_drift.py estimate OUT.csv [BLOCK]
"""

import collections
import csv
import math
import os
import random
import shutil
import statistics
import sys
import tempfile
import time

from ppp_run import proc_time
from trimmed_mean import trimmed

PROGRAMS = {
    "cpu_bound": [("cpu_bound.serial", 1), ("cpu_bound.mt", 1), ("cpu_bound.mt", 2), ("cpu_bound.mt", 8)],
    "memory_bound": [("memory_bound.serial", 1), ("memory_bound.omp-gil-dynamic", 1)],
}
RATIOS = {
    "omp-gil-dynamic(1)/serial memory_bound": (("memory_bound.omp-gil-dynamic", 1), ("memory_bound.serial", 1)),
    "mt(8)/mt(1) cpu_bound": (("cpu_bound.mt", 8), ("cpu_bound.mt", 1)),
    "mt(2)/serial cpu_bound": (("cpu_bound.mt", 2), ("cpu_bound.serial", 1)),
    "mt(1)/serial cpu_bound": (("cpu_bound.mt", 1), ("cpu_bound.serial", 1)),
}
PADS = (0, 1000, 2000, 3000)


def run_once(name, workers, cpu, pad, data, ext):
    return proc_time(name, workers, data, ext, "quick", "--cores", "0", "--start-cpu", str(cpu), env={"PAD": "x" * pad})


def measure(data, ext, seconds, out, copies):
    rng = random.Random(7)
    scratch = tempfile.mkdtemp(prefix="machine-drift-")
    try:
        exts = [shutil.copytree(ext, os.path.join(scratch, f"ext{i}")) for i in range(copies)]
        rounds, seconds_taken = _measure_rounds(data, exts, seconds, out, rng)
    finally:
        shutil.rmtree(scratch)
    print(f"{rounds} rounds in {seconds_taken:.0f} s into {out}")


def _measure_rounds(data, exts, seconds, out, rng):
    started = time.time()
    rounds = 0
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["round", "t", "pad", "copy", "cell", "n", "cpu", "proc_s"])
        while time.time() - started < seconds:
            pad = rng.choice(PADS)
            copy = rounds % len(exts)
            for cells in PROGRAMS.values():
                order = cells[:]
                rng.shuffle(order)
                for cpu, sequence in ((0, order), (1, order[::-1])):
                    for name, workers in sequence:
                        proc = run_once(name, workers, cpu, pad, data, exts[copy])
                        writer.writerow([rounds, round(time.time() - started, 1), pad, copy, name, workers, cpu, proc])
            handle.flush()
            rounds += 1
    return rounds, time.time() - started


def balanced_log_ratios(rows, a, b):
    """Per round, in order: log of a's mean time over the two CPUs over b's (a balanced round, as PairedRatio reads it)."""
    times = collections.defaultdict(dict)
    for row in rows:
        times[int(row["round"])][(row["cell"], int(row["n"]), int(row["cpu"]))] = float(row["proc_s"])
    out = []
    for r in sorted(times):
        t = times[r]
        keys = [(cell[0], cell[1], cpu) for cell in (a, b) for cpu in (0, 1)]
        if all(k in t for k in keys):
            out.append((r, math.log(sum(t[(a[0], a[1], cpu)] for cpu in (0, 1)) / sum(t[(b[0], b[1], cpu)] for cpu in (0, 1)))))
    return out


def estimate(path, block):
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    pads = {int(row["round"]): int(row["pad"]) for row in rows}
    copies = {int(row["round"]): int(row.get("copy") or 0) for row in rows}
    pooled_excess = pooled_weight = 0.0
    for label, (a, b) in RATIOS.items():
        series = balanced_log_ratios(rows, a, b)
        logs = [y for _, y in series]
        blocks = [logs[i:i + block] for i in range(0, len(logs) - block + 1, block)]
        if len(blocks) < 2:
            print(f"{label}: fewer than two blocks of {block} rounds")
            continue
        means, ses = zip(*(trimmed(chunk)[:2] for chunk in blocks))
        between = statistics.variance(means)
        within = statistics.mean(se * se for se in ses)
        excess = between - within
        pooled_excess += (len(blocks) - 1) * excess
        pooled_weight += len(blocks) - 1
        by_pad = {p: math.exp(statistics.median(ys)) for p in PADS if (ys := [y for r, y in series if pads[r] == p])}
        by_copy = {c: trimmed([y for r, y in series if copies[r] == c])[:2] for c in sorted(set(copies.values()))}
        print(f"{label}: {len(logs)} rounds, {len(blocks)} blocks of {block}; block means "
              + " ".join(f"{math.exp(m):.3f}" for m in means)
              + f"; sd of block means {math.sqrt(between):.4f}, their own se {math.sqrt(within):.4f}, "
              f"drift tau {math.sqrt(max(0.0, excess)):.4f}; median by PAD "
              + " ".join(f"{p}: {v:.3f}" for p, v in by_pad.items())
              + "; by copy of the extensions " + " ".join(f"{c}: {math.exp(m):.3f} ± {se:.3f}" for c, (m, se) in by_copy.items()))
    if pooled_weight:
        print(f"pooled drift tau (log scale): {math.sqrt(max(0.0, pooled_excess / pooled_weight)):.4f} "
              f"over {pooled_weight:.0f} degrees of freedom")


def main(argv):
    if len(argv) in (5, 6) and argv[0] == "measure":
        measure(argv[1], argv[2], float(argv[3]), argv[4], int(argv[5]) if len(argv) == 6 else 1)
    elif len(argv) in (2, 3) and argv[0] == "estimate":
        estimate(argv[1], int(argv[2]) if len(argv) == 3 else 12)
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
