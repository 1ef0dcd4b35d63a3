"""Helpers shared by the tests: run the real CLI in a fresh interpreter, build
the extensions and the smoke data once per test run into a temp folder."""

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile

WORKLOADS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRATCH = tempfile.mkdtemp(prefix="ppp-tests-")
atexit.register(shutil.rmtree, SCRATCH, True)
WORKERS = (1, 2, 3, 8)
_cache = {}


def env(**extra):
    environment = dict(os.environ, PYTHONPATH=WORKLOADS)
    environment.pop("PPP_EXT_DIR", None)
    environment.pop("PPP_WIKI_URL", None)
    environment.update(extra)
    return environment


def cli(*args, python_flags=(), **extra_env):
    return subprocess.run([sys.executable, *python_flags, "-m", "ppp", *args], env=env(**extra_env),
                          capture_output=True, text=True, timeout=300)


def ext_dir():
    """Build every extension once (20-40 s on 2 cores); returns the folder.
    PPP_TEST_EXT_DIR names a folder built beforehand (skips the build)."""
    if "ext" not in _cache and os.environ.get("PPP_TEST_EXT_DIR"):
        _cache["ext"] = os.environ["PPP_TEST_EXT_DIR"]
    if "ext" not in _cache:
        out = os.path.join(SCRATCH, "ext")
        done = cli("build", "--out", out, PPP_BUILD_CFLAGS="-O0")  # faster to compile
        if done.returncode != 0:
            raise AssertionError("ppp build failed:\n" + done.stderr[-3000:])
        _cache["ext"] = out
    return _cache["ext"]


def data_dir(profile="smoke", seed=7):
    key = ("data", profile, seed)
    if key not in _cache:
        out = os.path.join(SCRATCH, "data-%s-%d" % (profile, seed))
        done = cli("data", "--profile", profile, "--seed", str(seed), "--out", out)
        if done.returncode != 0:
            raise AssertionError("ppp data failed:\n" + done.stderr[-3000:])
        _cache[key] = out
    return _cache[key]


def run(name, workers=1, profile="smoke", extra=(), **extra_env):
    """Run one variant; returns (CompletedProcess, record or None)."""
    fd, out = tempfile.mkstemp(dir=SCRATCH, prefix="record-", suffix=".json")
    os.close(fd)
    os.unlink(out)
    done = cli("run", name, "--workers", str(workers), "--profile", profile, "--data", data_dir(profile),
               "--out", out, "--ext-dir", ext_dir(), *extra, **extra_env)
    record = None
    if os.path.exists(out):
        with open(out, encoding="utf-8") as handle:
            record = json.load(handle)
        os.unlink(out)
    return done, record


def run_many(jobs, **extra_env):
    """jobs: (name, workers, extra) triples, run two at a time (2 cores)."""
    from concurrent.futures import ThreadPoolExecutor
    ext_dir()
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda job: run(job[0], job[1], extra=job[2], **extra_env), jobs))
