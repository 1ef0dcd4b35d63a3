"""`ppp data`: seeded input files for a profile.

Each group draws from its own random.Random("<seed>:<group>"), so a group's
files do not depend on which other groups are generated. Same seed and
profile -> byte-identical files.
"""

import json
import os
import random

from ppp import profiles
from ppp.output import canonical_text, file_sha256, write_atomic


def _rng(seed, group):
    return random.Random("%d:%s" % (seed, group))


def cpu_bound_lines(profile, seed):
    from ppp.cpu_bound import makedata
    return makedata.generate(_rng(seed, "cpu_bound"), profiles.params(profile, "cpu_bound"))


def write_cpu_bound(profile, seed, out_dir):
    write_atomic(os.path.join(out_dir, "cpu_bound.txt"), canonical_text(cpu_bound_lines(profile, seed)))
    return ["cpu_bound.txt"]


def write_overhead(profile, seed, out_dir):
    """overhead reads cpu_bound's serial output: run cpu_bound serial here.
    A profile's "rows" keeps only the output's first rows (profiles.py says why)."""
    from ppp.cpu_bound import common, serial
    rows = [line.split(",") for line in cpu_bound_lines(profile, seed)]
    kept = common.canonical_lines(serial.proc(rows, 1))
    limit = profiles.params(profile, "overhead").get("rows")
    name = "cpu_bound-output_serial.txt"
    write_atomic(os.path.join(out_dir, name), canonical_text(kept[:limit]))
    return [name]


def write_memory_bound(profile, seed, out_dir):
    from ppp.memory_bound import makedata
    from ppp.memory_bound.common import INPUTS
    matrices = makedata.generate(_rng(seed, "memory_bound"), profiles.params(profile, "memory_bound"))
    for name, lines in zip(INPUTS, matrices):
        write_atomic(os.path.join(out_dir, name), canonical_text(lines))
    return list(INPUTS)


def write_io_bound(profile, seed, out_dir):
    from ppp.io_bound import makedata
    from ppp.io_bound.common import COMMON, TEXT
    text, common = makedata.generate(profiles.params(profile, "io_bound"))
    write_atomic(os.path.join(out_dir, TEXT), canonical_text(text))
    write_atomic(os.path.join(out_dir, COMMON), canonical_text(common))
    return [TEXT, COMMON]


def write_faults(profile, seed, out_dir):
    """The test-only faults group has its input built in: no file."""
    return []


WRITERS = {
    "cpu_bound": write_cpu_bound,
    "io_bound": write_io_bound,
    "memory_bound": write_memory_bound,
    "overhead": write_overhead,
    "faults": write_faults,
}


def generate(profile, seed, out_dir, groups):
    os.makedirs(out_dir, exist_ok=True)
    names = []
    for group in groups:
        names += WRITERS[group](profile, seed, out_dir)
    files = {name: file_sha256(os.path.join(out_dir, name)) for name in names}
    manifest_path = os.path.join(out_dir, "manifest.json")
    merged = _previous_files(manifest_path, profile, seed)
    merged.update(files)
    manifest = {"profile": profile, "seed": seed, "files": dict(sorted(merged.items()))}
    write_atomic(manifest_path, json.dumps(manifest, indent=2) + "\n")
    return manifest


def _previous_files(path, profile, seed):
    """Files listed by an earlier `ppp data` call for the same profile and
    seed in the same folder are kept in the manifest."""
    try:
        with open(path, encoding="utf-8") as handle:
            old = json.load(handle)
    except (OSError, ValueError):
        return {}
    if old.get("profile") != profile or old.get("seed") != seed:
        return {}
    return dict(old.get("files") or {})
