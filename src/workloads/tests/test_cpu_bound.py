import unittest

from tests import support


class CpuBoundTests(unittest.TestCase):
    VARIANTS = ("mt", "mp", "omp-nogil-static", "omp-gil-static")

    @classmethod
    def setUpClass(cls):
        done, record = support.run("cpu_bound.serial")
        assert done.returncode == 0, done.stderr
        cls.serial = record

    def check(self, name, workers, extra=()):
        done, record = support.run(name, workers, extra=extra)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(record["status"], "ok")
        self.assertEqual(record["digest"], self.serial["digest"], "%s n=%d" % (name, workers))
        self.assertEqual(record["output_lines"], self.serial["output_lines"])
        return record

    def test_serial_keeps_fewer_rows_than_it_read(self):
        with open(support.data_dir() + "/cpu_bound.txt") as handle:
            self.assertLess(self.serial["output_lines"], len(handle.readlines()))

    def test_every_variant_matches_serial(self):
        for name in self.VARIANTS:
            for workers in support.WORKERS:
                with self.subTest(variant=name, workers=workers):
                    self.check("cpu_bound." + name, workers)

    def test_mp_under_spawn(self):
        for workers in (1, 3):
            record = self.check("cpu_bound.mp", workers, extra=("--start-method", "spawn"))
            self.assertEqual(record["runtime"]["start_method"], "spawn")
            self.assertGreater(record["children_user_s"], 0)


if __name__ == "__main__":
    unittest.main()
