"""One `python -m ppp run` in a fresh process, as the experiments time their cells: the proc() seconds it recorded.
Shared by storage_effect.py and machine_drift.py."""

import json
import os
import subprocess
import sys
import tempfile

WORKLOADS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def proc_time(name, workers, data, ext, profile, *extra, env=None):
    """Runs NAME at WORKERS on DATA with the extensions in EXT (EXTRA: more ppp run arguments, ENV: more variables)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, "result.json")
        command = [sys.executable, "-m", "ppp", "run", name, "--workers", str(workers), "--profile", profile,
                   "--data", data, "--ext-dir", ext, "--out", out, *extra]
        subprocess.run(command, env=dict(os.environ, PYTHONPATH=WORKLOADS, **(env or {})), check=True, capture_output=True)
        with open(out, encoding="utf-8") as handle:
            record = json.load(handle)
    assert record["status"] == "ok", record
    return record["proc_time_s"]
