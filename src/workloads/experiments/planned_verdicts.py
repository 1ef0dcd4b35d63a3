"""What two builds of the claims stage decide from the planned rounds alone: the replay behind the README's "Three
rounds borrow their spread from their group".

For each reproduction given (a clone that ran `dotnet cake`), it copies the artifacts into a scratch checkout, drops
the decide stage's records (those with a "purpose"), and runs `repro aggregate` and `repro claims` there with each
build. It prints, per claim row (claim, runtime, cores) and run, the verdict of the first build, of the second, and of
the run itself in the end (R reproduced, N not reproduced, ? inconclusive, - not testable here), then how many rows
each build left inconclusive, how many the second decided that the first had left, and the reverse, and how many rows
either decided against the run's own final verdict.

With --rounds OLD,NEW it replays one build twice, on the planned rounds numbered below OLD and below NEW: what a
profile of NEW planned rounds would have decided where one of OLD did. With --all it keeps the decide stage's records
too: the two builds' verdicts on the records a run ended with.

usage (from src/workloads):
  python experiments/planned_verdicts.py OLD/repro.dll NEW/repro.dll RUN_DIR...
  python experiments/planned_verdicts.py --rounds 3,2 repro.dll RUN_DIR...
  python experiments/planned_verdicts.py --all OLD/repro.dll NEW/repro.dll RUN_DIR...
  e.g. /tmp/P8/src/ParallelRepro.Cli/bin/Release/net10.0/repro.dll ../ParallelRepro.Cli/bin/Release/net10.0/repro.dll /tmp/Q*
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

SHORT = {"reproduced": "R", "not-reproduced": "N", "inconclusive": "?", "not-testable-here": "-"}


def verdicts(claims_file):
    with open(claims_file, encoding="utf-8") as handle:
        outcomes = json.load(handle)["outcomes"]
    return {(o["id"], o.get("runtime"), o.get("cores")): SHORT.get(o["verdict"], o["verdict"]) for o in outcomes}


def planned_below(rounds=None):
    """Keeps the record lines of planned runs (no "purpose") of the rounds numbered below `rounds` (None: all)."""
    return lambda line: '"purpose"' not in line and (rounds is None or json.loads(line).get("round", 0) < rounds)


def every_record(line):
    """Keeps every record line, the decide stage's too: the records a run ended with."""
    return True


def replay(run_dir, dll, keep):
    """The claims one build decides from the run's records that `keep` keeps, aggregated in a scratch checkout."""
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copy(os.path.join(run_dir, "cake.config"), scratch)
        os.makedirs(os.path.join(scratch, "src", "workloads"))  # what marks a checkout, beside cake.config
        artifacts = os.path.join(scratch, "artifacts")
        shutil.copytree(os.path.join(run_dir, "artifacts"), artifacts)
        for name in ("results.json", "results.csv", "claims.json"):
            if os.path.exists(os.path.join(artifacts, name)):
                os.remove(os.path.join(artifacts, name))
        runs = os.path.join(artifacts, "runs")
        for runner in os.listdir(runs):
            records = os.path.join(runs, runner, "records.jsonl")
            with open(records, encoding="utf-8") as handle:
                kept = [line for line in handle if keep(line)]
            with open(records, "w", encoding="utf-8") as handle:
                handle.writelines(kept)
        for verb in ("aggregate", "claims"):
            done = subprocess.run(["dotnet", dll, verb], cwd=scratch, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"repro {verb} failed in a copy of {run_dir} with {dll}: {done.stderr.strip() or done.stdout[-300:]}")
        return verdicts(os.path.join(artifacts, "claims.json"))


def main(old_dll, new_dll, run_dirs, old_keep=planned_below(), new_keep=planned_below()):
    # The builds run in a scratch checkout: a path relative to here would not be found there.
    old_dll, new_dll = os.path.abspath(old_dll), os.path.abspath(new_dll)
    rows, table = [], {}
    for run_dir in run_dirs:
        name = os.path.basename(os.path.normpath(run_dir))
        old, new = replay(run_dir, old_dll, old_keep), replay(run_dir, new_dll, new_keep)
        final = verdicts(os.path.join(run_dir, "artifacts", "claims.json"))
        for key in old.keys() | new.keys():
            if key not in rows:
                rows.append(key)
            table[key, name] = (old.get(key, ""), new.get(key, ""), final.get(key, ""))
    names = [os.path.basename(os.path.normpath(d)) for d in run_dirs]
    print("claim (runtime, cores)".ljust(44) + "".join(n[:9].rjust(10) for n in names) + "   (old new final)")
    for key in rows:
        print(f"{key[0][:30]} ({key[1]}, {key[2]})"[:44].ljust(44) + "".join("".join(table.get((key, n), ("", "", ""))).rjust(10) for n in names))
    cells = [table[k] for k in table]
    against = sum(1 for old, new, final in cells for v in (old, new) if v in ("R", "N") and final in ("R", "N") and v != final)
    print(f"inconclusive in the replay: {sum(c[0] == '?' for c in cells)} (old) -> {sum(c[1] == '?' for c in cells)} (new); "
          f"decided by new only: {sum(c[0] == '?' and c[1] in ('R', 'N') for c in cells)}; by old only: {sum(c[1] == '?' and c[0] in ('R', 'N') for c in cells)}; "
          f"decided against the run's final verdict: {against}")


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "--rounds":
        old_rounds, new_rounds = (int(k) for k in sys.argv[2].split(","))
        main(sys.argv[3], sys.argv[3], sys.argv[4:], planned_below(old_rounds), planned_below(new_rounds))
    elif len(sys.argv) >= 5 and sys.argv[1] == "--all":
        main(sys.argv[2], sys.argv[3], sys.argv[4:], every_record, every_record)
    elif len(sys.argv) >= 4:
        main(sys.argv[1], sys.argv[2], sys.argv[3:])
    else:
        raise SystemExit(__doc__)
