"""Every variant of every group, at 1, 2, 3 and 8 workers on the smoke
profile, must give serial's digest; mp variants also under spawn."""

import unittest

from tests import support
from tests.wiki_replica import Replica


class MatchesSerial:
    GROUP = None
    VARIANTS = ()
    SPAWN = ()
    env = {}

    @classmethod
    def setUpClass(cls):
        done, record = support.run(cls.GROUP + ".serial", extra=cls.extra())
        assert done.returncode == 0, done.stderr
        cls.serial = record

    @classmethod
    def extra(cls):
        return ()

    def check_all(self, jobs):
        outcomes = support.run_many(jobs)
        for (name, workers, extra), (done, record) in zip(jobs, outcomes):
            with self.subTest(variant=name, workers=workers, extra=extra):
                self.assertEqual(done.returncode, 0, done.stderr[-2000:])
                self.assertEqual(record["status"], "ok")
                self.assertEqual(record["digest"], self.serial["digest"])
                self.assertEqual(record["output_lines"], self.serial["output_lines"])

    def test_serial_output_is_not_empty(self):
        self.assertGreater(self.serial["output_lines"], 0)

    def test_every_variant_matches_serial(self):
        self.check_all([("%s.%s" % (self.GROUP, v), n, self.extra())
                        for v in self.VARIANTS for n in support.WORKERS])

    def test_mp_under_spawn(self):
        self.check_all([("%s.%s" % (self.GROUP, v), n, self.extra() + ("--start-method", "spawn"))
                        for v in self.SPAWN for n in (1, 3)])


class CpuBoundTests(MatchesSerial, unittest.TestCase):
    GROUP = "cpu_bound"
    VARIANTS = ("mt", "mp", "omp-nogil-static", "omp-gil-static")
    SPAWN = ("mp",)


class MemoryBoundTests(MatchesSerial, unittest.TestCase):
    GROUP = "memory_bound"
    VARIANTS = ("serial-static", "mt", "mp", "omp-nogil-static", "omp-gil-static", "omp-gil-dynamic")
    SPAWN = ("mp",)


class OverheadTests(MatchesSerial, unittest.TestCase):
    GROUP = "overhead"
    VARIANTS = ("mt", "mp", "mp-manager", "omp")
    SPAWN = ("mp", "mp-manager")

    def test_output_starts_with_extremes(self):
        out = support.os.path.join(support.SCRATCH, "overhead-serial.txt")
        support.run("overhead.serial", extra=("--output", out))
        with open(out) as handle:
            lines = handle.read().splitlines()
        self.assertTrue(lines[0].startswith("max,") and lines[1].startswith("min,"))


class IoBoundTests(MatchesSerial, unittest.TestCase):
    GROUP = "io_bound"
    VARIANTS = ("mt", "mp", "omp-gil-dynamic")
    SPAWN = ("mp",)

    @classmethod
    def setUpClass(cls):
        cls.replica = Replica().__enter__()
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        cls.replica.__exit__(None, None, None)

    @classmethod
    def extra(cls):
        return ("--wiki-url", cls.replica.url)

    def test_requests_per_run(self):
        before = self.replica.requests
        support.run("io_bound.mt", 2, extra=self.extra())
        self.assertEqual(self.replica.requests - before, 3)  # 2 span chunks + 1 single-word chunk


class CandidateTests(unittest.TestCase):
    def test_paper_paragraph_gives_153_requests(self):
        import math
        import os
        from ppp.io_bound import common, makedata
        (text,), words = makedata.generate({"words": None})
        singles, spans = common.candidates(text, set(words))
        size = common.chunk_size(text)
        self.assertEqual((len(text.split()), size), (73, 18))
        self.assertEqual(math.ceil(len(spans) / size) + math.ceil(len(singles) / size), 153)
        self.assertTrue(os.path.exists(os.path.join(makedata.HERE, "wiki_titles.tsv")))


if __name__ == "__main__":
    unittest.main()
