"""Harness overhead: does the real time `repro run` records agree with hyperfine's for the same command?

For each program, blocks of K pipeline runs (`repro run --repetitions K --fresh`) alternate with blocks of
K hyperfine runs of exactly the command `repro plan --json` says the pipeline runs (same interpreter,
arguments, environment and folder), in ABBA order so that neither tool always runs first. This machine's
speed drifts between blocks; alternating blocks lets both tools see the same drift. The verdict compares
the medians: within 2 % or 10 ms (whichever is larger) of hyperfine's.

Usage (from the checkout, after `dotnet cake --target=Compile`; `dotnet cake --target=Bench-Harness` does it):
    /usr/bin/python3 build/bench/harness_vs_hyperfine.py [--programs overhead.serial,cpu_bound.serial]
        [--blocks 8] [--runs 2] [--profile quick]
Writes artifacts/bench/harness/<program>.json with every time, and prints one verdict line per program.
"""

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
REPRO = ["dotnet", os.path.join(ROOT, "src/ParallelRepro.Cli/bin/Release/net10.0/repro.dll")]
ARTIFACTS = os.path.join(ROOT, "artifacts", "bench", "harness")  # apart from artifacts/runs: never in a report
RUNNER = "harness-check"


def fail(message):
    print("error: " + message, file=sys.stderr)
    sys.exit(2)


def repro(verb, program, args, *extra):
    group, variant = program.split(".", 1)
    command = REPRO + [verb, "--artifacts", ARTIFACTS, "--runner", RUNNER, "--profile", args.profile,
                       "--groups", group, "--variants", variant, "--workers", "1", "--cores", "0",
                       "--interpreters", args.interpreter] + list(extra)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        fail("%s failed (exit %d): %s" % (shlex.join(command), done.returncode, (done.stderr or done.stdout).strip()[-400:]))


def planned_command(program, args):
    """The exact command, environment and folder of the program's runs, as the pipeline would start them, and how
    many runs one repetition makes (a serial baseline runs several times per repetition)."""
    with tempfile.TemporaryDirectory() as tmp:
        plan_file = os.path.join(tmp, "plan.json")
        repro("plan", program, args, "--repetitions", "1", "--json", plan_file)
        with open(plan_file, encoding="utf-8") as handle:
            runs = json.load(handle)["runs"]
    # One cell; a serial baseline is planned several times per repetition, all with the same command.
    if not runs or {r["program"] for r in runs} != {program}:
        fail("expected the runs of %s only, got %s" % (program, sorted({r["program"] for r in runs})))
    return runs[0]["command"], len(runs)


def pipeline_block(program, args):
    """K runs through `repro run`; returns the real times it recorded."""
    records = os.path.join(ARTIFACTS, "runs", RUNNER, "records.jsonl")
    before = _line_count(records)
    repro("run", program, args, "--repetitions", str(args.runs), "--fresh")
    with open(records, encoding="utf-8") as handle:
        new = [json.loads(line) for line in handle.readlines()[before:]]
    bad = [r for r in new if r["status"] != "ok"]
    if bad:
        fail("%s: pipeline run ended %s: %s" % (program, bad[0]["status"], bad[0].get("reason")))
    return [r["real_time_s"] for r in new]


def hyperfine_block(command, count, scratch):
    """`count` runs of the same command under hyperfine (-N: no shell in between, as the pipeline starts it)."""
    argv = [a.replace("{result}", os.path.join(scratch, "result.json")).replace("{output}", os.path.join(scratch, "output.txt"))
            for a in command["arguments"]]
    env = dict(os.environ)
    env.update({k: v for k, v in command["environment"].items() if v is not None})
    export = os.path.join(scratch, "hyperfine.json")
    done = subprocess.run(["hyperfine", "-N", "--style", "none", "--runs", str(count), "--export-json", export,
                           shlex.join([command["file_name"]] + argv)],
                          cwd=command["working_directory"], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        fail("hyperfine failed (exit %d): %s" % (done.returncode, done.stderr.strip()[-400:]))
    with open(export, encoding="utf-8") as handle:
        return json.load(handle)["results"][0]["times"]


def _line_count(path):
    if not os.path.exists(path):
        return 0
    with open(path, encoding="utf-8") as handle:
        return sum(1 for _ in handle)


def measure(program, args):
    command, runs_per_repetition = planned_command(program, args)
    print("%s: %s" % (program, shlex.join([command["file_name"]] + command["arguments"])), flush=True)
    pipeline, hyperfine, block_diffs = [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        for block in range(args.blocks):
            # ABBA: even blocks start with the pipeline, odd ones with hyperfine.
            first_pipeline = block % 2 == 0
            # As many hyperfine runs as the pipeline made (a serial baseline runs several times per repetition).
            count = args.runs * runs_per_repetition
            if first_pipeline:
                p = pipeline_block(program, args)
                h = hyperfine_block(command, count, scratch)
            else:
                h = hyperfine_block(command, count, scratch)
                p = pipeline_block(program, args)
            pipeline += p
            hyperfine += h
            block_diffs.append(statistics.median(p) - statistics.median(h))
            print("  block %d/%d: pipeline median %.4f s, hyperfine median %.4f s" % (
                block + 1, args.blocks, statistics.median(p), statistics.median(h)), flush=True)
    return {"program": program, "command": command, "runs_per_block": args.runs, "blocks": args.blocks,
            "pipeline_real_s": pipeline, "hyperfine_s": hyperfine, "block_median_differences_s": block_diffs}


def verdict(result):
    p, h = result["pipeline_real_s"], result["hyperfine_s"]
    mp, mh = statistics.median(p), statistics.median(h)
    diff = mp - mh
    allowed = max(0.02 * mh, 0.010)
    within = abs(diff) <= allowed
    diffs = sorted(result["block_median_differences_s"])
    return ("%s: pipeline median %.4f s (min %.4f), hyperfine median %.4f s (min %.4f), %d runs each; "
            "difference %+.1f ms (%+.2f %%), allowed ±%.1f ms -> %s; per-block differences %+.1f .. %+.1f ms (median %+.1f)" % (
                result["program"], mp, min(p), mh, min(h), len(p), diff * 1000, diff / mh * 100, allowed * 1000,
                "within" if within else "OUTSIDE", diffs[0] * 1000, diffs[-1] * 1000, statistics.median(diffs) * 1000))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", default="overhead.serial,cpu_bound.serial")
    parser.add_argument("--blocks", type=int, default=8)
    parser.add_argument("--runs", type=int, default=2, help="repetitions per block and tool (a serial baseline makes 3 runs of each)")
    parser.add_argument("--profile", default="quick")
    parser.add_argument("--interpreter", default="python3=/usr/bin/python3")
    args = parser.parse_args()
    if shutil.which("hyperfine") is None:
        fail("hyperfine is not on PATH (apt-get install hyperfine)")
    if not os.path.exists(REPRO[1]):
        fail("%s is missing: run `dotnet cake --target=Compile` first" % REPRO[1])
    os.makedirs(ARTIFACTS, exist_ok=True)
    lines = []
    for program in [p.strip() for p in args.programs.split(",") if p.strip()]:
        result = measure(program, args)
        with open(os.path.join(ARTIFACTS, program + ".json"), "w", encoding="utf-8") as handle:
            json.dump(result, handle, indent=2)
        lines.append(verdict(result))
        print(lines[-1], flush=True)
    print("\n".join(["", "summary:"] + lines))


if __name__ == "__main__":
    main()
