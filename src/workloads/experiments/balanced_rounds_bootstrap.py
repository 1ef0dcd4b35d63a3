"""How the decide stage's interval rules behave on this machine's own balanced rounds (ParallelRepro's
Statistics/TrimmedMeanInterval and Confidence.PerLook).

Reads the run records of earlier reproductions (artifacts/runs/RUNNER/records.jsonl). From the decide stage's extra
rounds it takes, for every two cells of one workload with six or more balanced rounds in common, each round's log
ratio (of the two cells' mean times over the CPUs both ran on, as Statistics/PairedRatio reads a balanced round),
centred on that pair's median: the round-to-round noise, without the effects. Then it resamples sequences of up to
30 rounds from that noise, shifted so that each rule's own estimate (median or trimmed mean) sits DISTANCE from a
bound, and looks at each sequence after every round from the third, as the decide stage does, until the interval
leaves the bound. It prints, per rule and distance, how many sequences were decided by 5, 6, 10 and 20 rounds, how
many on the wrong side (at distance 0, any decision is wrong) and how many were still undecided at 30.

Rules: "median" is the sign-test median from the fewest rounds that reach LEVEL (Student's t on the logs before);
"trimmed" is the 20 % trimmed mean with Yuen's interval (plain t under seven rounds, as TrimmedMeanInterval);
"trimmed-from-5" the same, cutting from five rounds, as TrimmedMeanInterval did before.

usage: python experiments/balanced_rounds_bootstrap.py LEVEL SEQUENCES DISTANCES RECORDS.jsonl...
       e.g. 0.99 2000 0,0.02,0.04,0.06 /tmp/run*/artifacts/runs/vm-linux/records.jsonl
"""

import collections
import functools
import itertools
import json
import math
import random
import statistics
import sys

from trimmed_mean import FEWEST_TO_CUT, TRIM, trimmed

FIRST_LOOK = 3
LAST_LOOK = 30
DECIDED_BY = (5, 6, 10, 20)


def student_quantile(df, level):
    """Two-sided Student's t quantile by bisection on Simpson's rule (the standard library has no t)."""
    return _student_quantile(df, round(level, 12))


@functools.lru_cache(maxsize=None)
def _student_quantile(df, level):
    log_norm = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)

    def density(x):
        return math.exp(log_norm - (df + 1) / 2 * math.log1p(x * x / df))

    def cdf(x, steps=2000):
        h = x / steps
        inner = sum((4 if i % 2 else 2) * density(i * h) for i in range(1, steps))
        return 0.5 + (density(0) + density(x) + inner) * h / 3

    low, high, target = 0.0, 1000.0, (1 + level) / 2
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if cdf(middle) < target else (low, middle)
    return (low + high) / 2


def t_interval(logs, level):
    n = len(logs)
    mean = sum(logs) / n
    sd = math.sqrt(sum((x - mean) ** 2 for x in logs) / (n - 1))
    half = student_quantile(n - 1, level) * sd / math.sqrt(n)
    return mean - half, mean + half


def sign_rank(n, level):
    """The lower order statistic's 1-based rank of the sign test's interval for the median."""
    tail, k, cumulative = (1 - level) / 2, 1, 0.0
    for i in range(n // 2):
        cumulative += math.comb(n, i) / 2 ** n
        if cumulative > tail:
            break
        k = i + 1
    return k


def fewest_for_median(level):
    n = 1
    while 1 - 2 ** (1 - n) < level:
        n += 1
    return n


def median_rule(logs, level):
    n = len(logs)
    if n < fewest_for_median(level):
        return t_interval(logs, level)
    ordered, k = sorted(logs), sign_rank(n, level)
    return ordered[k - 1], ordered[n - k]


def trimmed_mean(logs):
    return trimmed(logs)[0]


def trimmed_rule(logs, level, fewest_to_cut=FEWEST_TO_CUT):
    if len(logs) < fewest_to_cut or int(TRIM * len(logs)) == 0:
        return t_interval(logs, level)
    centre, se, kept = trimmed(logs, fewest_to_cut)
    half = student_quantile(kept - 1, level) * se
    return centre - half, centre + half


RULES = {"median": median_rule, "trimmed": trimmed_rule,
         "trimmed-from-5": lambda logs, level: trimmed_rule(logs, level, fewest_to_cut=5)}
# Below these rounds a rule is a t interval, whose estimate is the mean.
FEWEST = {"median": None, "trimmed": FEWEST_TO_CUT, "trimmed-from-5": 5}


def balanced_noise(paths):
    noise = []
    for path in paths:
        rounds = collections.defaultdict(lambda: collections.defaultdict(dict))
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("status") != "ok" or not str(record.get("purpose") or "").startswith("extra"):
                    continue
                cell = (record["runtime"], record["group"], record["variant"], record["workers"])
                rounds[record["round"]][record["start_cpu"]][cell] = record["proc_time_s"]
        rounds_of = collections.defaultdict(set)
        for number, by_cpu in rounds.items():
            if len(by_cpu) >= 2:
                for cell in set.intersection(*(set(cells) for cells in by_cpu.values())):
                    rounds_of[cell].add(number)
        seen = set()
        for a, b in itertools.combinations(sorted(rounds_of), 2):
            common = tuple(sorted(rounds_of[a] & rounds_of[b]))
            if a[:2] != b[:2] or len(common) < 6 or common in seen:
                continue
            seen.add(common)  # one pair per set of rounds: cells sharing rounds would repeat the same noise
            logs = [math.log(sum(cells[a] for cells in rounds[r].values()) / sum(cells[b] for cells in rounds[r].values())) for r in common]
            centre = statistics.median(logs)
            noise += [x - centre for x in logs]
    return noise


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    level, sequences = float(argv[0]), int(argv[1])
    distances = [float(d) for d in argv[2].split(",")]
    noise = balanced_noise(argv[3:])
    if not noise:
        sys.exit("no pair of cells with six balanced rounds in common in those records")
    absolute = sorted(abs(x) for x in noise)
    print("%d rounds; sd %.3f, MAD-based sd %.3f; |log ratio| at 50/75/90/95 %%: %s" % (
        len(noise), statistics.pstdev(noise), 1.4826 * statistics.median(absolute),
        ", ".join("%.3f" % absolute[int(q * len(absolute))] for q in (0.5, 0.75, 0.9, 0.95))))
    location = {"median": statistics.median(noise), "trimmed": trimmed_mean(noise), "mean": statistics.fmean(noise)}
    print("level %g a look; %d sequences per row" % (level, sequences))
    print("distance | rule | decided by %s rounds | wrong side | undecided at %d" % (" / ".join(map(str, DECIDED_BY)), LAST_LOOK))
    generator = random.Random(2013)
    for distance in distances:
        for name, rule in RULES.items():
            decided_by, wrong, undecided = collections.Counter(), 0, 0
            for _ in range(sequences):
                draws = [generator.choice(noise) for _ in range(LAST_LOOK)]
                for look in range(FIRST_LOOK, LAST_LOOK + 1):
                    # Below its fewest rounds each rule is a t interval, whose estimate is the mean.
                    small = look < (FEWEST[name] or fewest_for_median(level))
                    shift = distance - location["mean" if small else "median" if name == "median" else "trimmed"]
                    low, high = rule([x + shift for x in draws[:look]], level)
                    if low > 0 or high < 0:
                        wrong += high < 0 or distance == 0
                        for limit in DECIDED_BY:
                            decided_by[limit] += look <= limit
                        break
                else:
                    undecided += 1
            print("%.2f | %s | %s | %.3f | %.2f" % (
                distance, name, " / ".join("%.2f" % (decided_by[k] / sequences) for k in DECIDED_BY),
                wrong / sequences, undecided / sequences))


if __name__ == "__main__":
    main(sys.argv[1:])
