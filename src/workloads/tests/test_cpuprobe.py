import json
import os
import unittest

from ppp import cpuprobe, facts
from tests import support


@unittest.skipUnless(hasattr(os, "sched_setaffinity"), "needs a platform that can pin a process to a CPU")
class CpuProbeTests(unittest.TestCase):
    def test_every_cpu_is_probed_the_last_one_last_and_the_affinity_is_restored(self):
        cpus = facts.allowed_cpus()
        before = os.sched_getaffinity(0)
        seconds = cpuprobe.probe_each(cpus, last=cpus[0])
        self.assertEqual(sorted(seconds), cpus)
        self.assertEqual(list(seconds)[-1], cpus[0])
        self.assertTrue(all(s > 0 for s in seconds.values()), seconds)
        self.assertEqual(os.sched_getaffinity(0), before)

    def test_a_last_cpu_outside_the_set_is_not_probed(self):
        cpus = facts.allowed_cpus()
        self.assertEqual(sorted(cpuprobe.probe_each(cpus, last=max(cpus) + 1)), cpus)

    def test_no_cpus_no_probes(self):
        self.assertEqual(cpuprobe.probe_each([]), {})

    def test_the_record_has_each_allowed_cpu_before_and_after_the_run(self):
        done, record = support.run("cpu_bound.serial", extra=("--cores", "1"))
        self.assertEqual(done.returncode, 0, done.stderr)
        first = str(facts.allowed_cpus()[0])
        self.assertEqual(list(record["cpu_probes_s"]["before"]), [first])
        self.assertEqual(list(record["cpu_probes_s"]["after"]), [first])
        self.assertGreater(record["cpu_probes_s"]["after"][first], 0)

    def test_an_unavailable_variant_records_the_probes_before_only(self):
        out = os.path.join(support.SCRATCH, "unavailable-probes.json")
        done = support.cli("run", "cpu_bound.omp-gil-static", "--profile", "smoke", "--data", support.data_dir(),
                           "--out", out, "--ext-dir", os.path.join(support.SCRATCH, "no-such-dir"))
        self.assertEqual(done.returncode, 3, done.stderr)
        with open(out, encoding="utf-8") as handle:
            probes = json.load(handle)["cpu_probes_s"]
        self.assertEqual(sorted(int(c) for c in probes["before"]), facts.allowed_cpus())
        self.assertEqual(probes["after"], {})


if __name__ == "__main__":
    unittest.main()
