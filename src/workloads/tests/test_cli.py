import json
import os
import unittest

from tests import support


class CliTests(unittest.TestCase):
    def test_record_fields(self):
        done, record = support.run("cpu_bound.serial", extra=("--cores", "1"))
        self.assertEqual(done.returncode, 0, done.stderr)
        for key in ("schema", "status", "reason", "group", "variant", "workers", "cores_requested",
                    "cores_allowed", "profile", "proc_time_s", "harness_real_s", "user_s", "sys_s",
                    "children_user_s", "children_sys_s", "max_rss_kb", "digest", "output_lines",
                    "runtime", "libraries"):
            self.assertIn(key, record)
        self.assertEqual(record["cores_requested"], 1)
        if hasattr(os, "sched_setaffinity"):
            self.assertEqual(record["cores_allowed"], 1)
        self.assertTrue(record["digest"].startswith("sha256:"))
        self.assertLess(record["proc_time_s"], record["harness_real_s"])

    @unittest.skipUnless(hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) >= 2, "needs 2 CPUs to place on")
    def test_start_cpu_is_recorded_and_the_whole_set_allowed_again_where_there_is_parallel_work(self):
        cpu = sorted(os.sched_getaffinity(0))[-1]
        for name, workers in (("cpu_bound.mt", 2), ("cpu_bound.mp", 1)):
            done, record = support.run(name, workers, extra=("--start-cpu", str(cpu)))
            self.assertEqual(done.returncode, 0, done.stderr)
            self.assertEqual(record["start_cpu"], cpu)
            self.assertEqual(record["cores_allowed"], len(os.sched_getaffinity(0)), name)

    @unittest.skipUnless(hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) >= 2, "needs 2 CPUs to place on")
    def test_a_run_of_one_thread_stays_on_its_start_cpu(self):
        cpu = sorted(os.sched_getaffinity(0))[-1]
        for name in ("cpu_bound.serial", "cpu_bound.mt"):
            done, record = support.run(name, 1, extra=("--start-cpu", str(cpu)))
            self.assertEqual(done.returncode, 0, done.stderr)
            self.assertEqual(record["start_cpu"], cpu)
            self.assertEqual(record["cores_allowed"], 1, name)

    def test_start_cpu_outside_the_allowed_set_is_a_usage_error(self):
        if hasattr(os, "sched_setaffinity"):
            outside = sorted(os.sched_getaffinity(0))[0]
            done = support.cli("run", "cpu_bound.serial", "--profile", "smoke", "--data", support.data_dir(),
                               "--out", os.path.join(support.SCRATCH, "x.json"), "--cores", "1",
                               "--start-cpu", str(outside + 1))
            self.assertEqual(done.returncode, 2)
            self.assertIn("--start-cpu", done.stderr)
            self.assertEqual(len(done.stderr.strip().splitlines()), 1, done.stderr)

    def test_without_start_cpu_none_is_recorded(self):
        done, record = support.run("cpu_bound.serial")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIsNone(record["start_cpu"])

    def test_output_file_is_the_canonical_text(self):
        out = os.path.join(support.SCRATCH, "serial-output.txt")
        done, record = support.run("cpu_bound.serial", extra=("--output", out))
        self.assertEqual(done.returncode, 0, done.stderr)
        from ppp.output import digest
        with open(out, encoding="utf-8") as handle:
            self.assertEqual(digest(handle.read()), record["digest"])

    def test_unavailable_extension_exits_3_with_reason(self):
        out = os.path.join(support.SCRATCH, "unavailable.json")
        done = support.cli("run", "cpu_bound.omp-gil-static", "--profile", "smoke",
                           "--data", support.data_dir(), "--out", out,
                           "--ext-dir", os.path.join(support.SCRATCH, "no-such-dir"))
        self.assertEqual(done.returncode, 3, done.stderr)
        with open(out) as handle:
            record = json.load(handle)
        self.assertEqual(record["status"], "unavailable")
        self.assertIn("pppx_cpu_bound_omp_gil_static", record["reason"])

    def test_bad_usage_exits_2_with_one_line(self):
        for args in (["run", "cpu_bound.nope", "--data", support.data_dir(), "--out", "x.json"],
                     ["run", "cpu_bound.serial", "--out", "x.json"],
                     ["run", "cpu_bound.serial", "--data", "/no/such/dir", "--out", "x.json"],
                     ["frobnicate"]):
            with self.subTest(args=args):
                done = support.cli(*args)
                self.assertEqual(done.returncode, 2)
                self.assertEqual(len(done.stderr.strip().splitlines()), 1, done.stderr)

    def test_exception_in_variant_exits_1_and_writes_nothing(self):
        data = os.path.join(support.SCRATCH, "broken")
        os.makedirs(data, exist_ok=True)
        with open(os.path.join(data, "cpu_bound.txt"), "w") as handle:
            handle.write("1,2,3\n2,1\n")
        out = os.path.join(support.SCRATCH, "broken.json")
        done = support.cli("run", "cpu_bound.serial", "--profile", "smoke", "--data", data, "--out", out)
        self.assertEqual(done.returncode, 1)
        self.assertIn("Traceback", done.stderr)
        self.assertFalse(os.path.exists(out))

    def test_data_is_deterministic(self):
        first = support.cli("data", "--profile", "smoke", "--seed", "3", "--out",
                            os.path.join(support.SCRATCH, "d1"), "--groups", "cpu_bound")
        second = support.cli("data", "--profile", "smoke", "--seed", "3", "--out",
                             os.path.join(support.SCRATCH, "d2"), "--groups", "cpu_bound")
        other = support.cli("data", "--profile", "smoke", "--seed", "4", "--out",
                            os.path.join(support.SCRATCH, "d3"), "--groups", "cpu_bound")
        self.assertEqual(json.loads(first.stdout)["files"], json.loads(second.stdout)["files"])
        self.assertNotEqual(json.loads(first.stdout)["files"], json.loads(other.stdout)["files"])

    def test_probe_needs_only_the_standard_library(self):
        done = support.cli("probe", python_flags=("-S",))
        self.assertEqual(done.returncode, 0, done.stderr)
        info = json.loads(done.stdout)
        for key in ("implementation", "version", "executable", "gil_enabled", "free_threaded_build",
                    "default_start_method", "cpu_count", "affinity_count", "libraries"):
            self.assertIn(key, info)

    def test_list_names_every_variant(self):
        entries = json.loads(support.cli("list").stdout)
        names = {(e["group"], e["variant"]) for e in entries}
        self.assertIn(("cpu_bound", "omp-gil-static"), names)


class ChunkingTests(unittest.TestCase):
    def test_last_chunk_takes_the_remainder(self):
        from ppp.chunking import contiguous_chunks
        self.assertEqual(contiguous_chunks(10, 3), [(0, 3), (3, 6), (6, 10)])
        self.assertEqual(contiguous_chunks(2, 4), [(0, 0), (0, 0), (0, 0), (0, 2)])


if __name__ == "__main__":
    unittest.main()
