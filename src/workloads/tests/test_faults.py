"""The test-only faults group (README.md, "The faults group") and `list --all`."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

from tests import support

try:
    import psutil
except ImportError:  # the tree check needs psutil
    psutil = None


def faults_data():
    """A data folder with nothing but a manifest: faults needs no input file."""
    out = os.path.join(support.SCRATCH, "data-faults")
    if not os.path.exists(out):
        done = support.cli("data", "--profile", "smoke", "--groups", "faults", "--out", out)
        assert done.returncode == 0, done.stderr
    return out


def run_fault(variant, workers=2, data=None, extra=()):
    fd, out = tempfile.mkstemp(dir=support.SCRATCH, prefix="faults-", suffix=".json")
    os.close(fd)
    os.unlink(out)
    done = support.cli("run", "faults." + variant, "--workers", str(workers), "--profile", "smoke",
                       "--data", data or faults_data(), "--out", out, *extra)
    record = None
    if os.path.exists(out):
        with open(out, encoding="utf-8") as handle:
            record = json.load(handle)
    return done, record


class ListTests(unittest.TestCase):
    def test_plain_list_is_the_paper_variants_only(self):
        from ppp import registry
        entries = json.loads(support.cli("list").stdout)
        self.assertEqual(entries, [{"group": v.group, "variant": v.variant, "needs": v.needs}
                                   for v in registry.VARIANTS])
        self.assertNotIn("faults", {e["group"] for e in entries})

    def test_list_all_adds_the_faults_group_at_the_end(self):
        plain = json.loads(support.cli("list").stdout)
        everything = json.loads(support.cli("list", "--all").stdout)
        self.assertEqual(everything[:len(plain)], plain)
        self.assertEqual([(e["group"], e["variant"]) for e in everything[len(plain):]],
                         [("faults", v) for v in ("serial", "raise-in-worker", "hang", "wrong-output")])

    def test_faults_is_not_a_default_group(self):
        from ppp import datagen, registry
        self.assertNotIn("faults", registry.GROUPS)
        self.assertNotIn("faults", [e[1] for e in registry.extensions()])
        self.assertIn("faults", datagen.WRITERS)  # `ppp data --groups faults` is accepted


class FaultsTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        done, cls.serial = run_fault("serial")
        assert done.returncode == 0, done.stderr

    def test_serial_runs_on_any_profiles_data_folder(self):
        for data in (support.data_dir("smoke"), faults_data()):
            with self.subTest(data=data):
                done, record = run_fault("serial", 1, data)
                self.assertEqual(done.returncode, 0, done.stderr)
                self.assertEqual(record["digest"], self.serial["digest"])
                self.assertEqual(record["output_lines"], 100)

    def test_wrong_output_completes_with_another_digest(self):
        done, record = run_fault("wrong-output")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(record["status"], "ok")
        self.assertEqual(record["output_lines"], self.serial["output_lines"])
        self.assertNotEqual(record["digest"], self.serial["digest"])

    def test_raise_in_worker_exits_1_naming_the_workers_error(self):
        for workers, extra in ((1, ()), (2, ()), (2, ("--start-method", "spawn"))):
            with self.subTest(workers=workers, extra=extra):
                done, record = run_fault("raise-in-worker", workers, extra=extra)
                self.assertEqual(done.returncode, 1, done.stderr)
                self.assertIsNone(record)
                self.assertIn("Traceback", done.stderr)
                last = done.stderr.strip().splitlines()[-1]
                self.assertTrue(last.startswith("RuntimeError: faults.raise-in-worker: worker 0 exited with code 1"),
                                last)
                self.assertIn("InjectedFault: injected fault in worker 0", last)

    @unittest.skipUnless(psutil and hasattr(os, "killpg"), "needs psutil and process groups")
    def test_hang_leaves_main_and_workers_running_until_the_tree_is_killed(self):
        out = os.path.join(support.SCRATCH, "hang.json")
        main = subprocess.Popen([sys.executable, "-m", "ppp", "run", "faults.hang", "--workers", "2",
                                 "--profile", "smoke", "--data", faults_data(), "--out", out],
                                env=support.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            deadline = time.monotonic() + 30
            workers = []
            while len(workers) < 2 and time.monotonic() < deadline:
                time.sleep(0.1)
                workers = psutil.Process(main.pid).children(recursive=True)
            self.assertEqual(len(workers), 2)
            time.sleep(0.5)
            self.assertIsNone(main.poll())
            self.assertTrue(all(w.is_running() for w in workers))
        finally:
            os.killpg(main.pid, signal.SIGKILL)
            main.wait(timeout=30)
        gone, alive = psutil.wait_procs(workers, timeout=10)
        alive = [p for p in alive if _status(p) != psutil.STATUS_ZOMBIE]
        self.assertEqual(alive, [])
        self.assertFalse(os.path.exists(out))


def _status(process):
    try:
        return process.status()
    except psutil.NoSuchProcess:
        return psutil.STATUS_ZOMBIE


if __name__ == "__main__":
    unittest.main()
