"""What an extra round costs beyond its runs' real times: the measurement behind the decide stage's cost reckoning
(Deciding/DecisionRounds.cs, RunOverheadSeconds and RoundOverheadSeconds).

Reads the records of earlier reproductions and, for each two extra runs one after the other, takes the gap from the
first's start to the second's, less the first's real time (the interpreter's start is inside that real time). Within a
round that gap is the harness's own work around a run (the speed probes, the record's write); across a round's end it
also holds the stage deciding again before the next round.

usage: python experiments/decide_overhead.py RECORDS.jsonl...
"""

import datetime
import json
import statistics
import sys


def gaps(path):
    """(within-round gaps, round-boundary gaps) in seconds, of one runner's extra runs in time order."""
    with open(path, encoding="utf-8") as handle:
        runs = [json.loads(line) for line in handle if line.strip()]
    extra = sorted((r for r in runs if r.get("purpose") and r.get("started_utc") and r.get("real_time_s")),
                   key=lambda r: r["started_utc"])
    within, across = [], []
    for first, second in zip(extra, extra[1:]):
        started = [datetime.datetime.fromisoformat(r["started_utc"]) for r in (first, second)]
        gap = (started[1] - started[0]).total_seconds() - first["real_time_s"]
        if not 0 <= gap <= 20:  # a later `dotnet cake` on the same records, not the same stage
            continue
        (within if first["round"] == second["round"] else across).append(gap)
    return within, across


def describe(name, values):
    ranked = sorted(values)
    p90 = ranked[int(0.9 * (len(ranked) - 1))]
    print(f"{name}: {len(values)} gaps, median {statistics.median(values):.3f} s, "
          f"mean {statistics.mean(values):.3f} s, 90th percentile {p90:.3f} s")


def main(paths):
    within, across = [], []
    for path in paths:
        w, a = gaps(path)
        within += w
        across += a
    if not within or not across:
        sys.exit("no extra runs with start times in those records")
    describe("within a round", within)
    describe("across a round's end", across)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
