"""Loop calibration (ppp/loops.py) and the fresh input of each call
(ppp/iteration.py): the count of calls, the time per iteration, the output
of every call, and inputs that no call changes."""

import copy
import importlib
import os
import sys
import unittest

from ppp import iteration, loops, profiles, registry
from tests import support
from tests.wiki_replica import Replica


class FakeCall:
    """Stands for iteration.call_once: each call takes the next of `seconds`."""

    def __init__(self, seconds, texts=None):
        self.seconds, self.texts, self.made = list(seconds), texts, 0

    def __call__(self):
        index = self.made
        self.made += 1
        text = self.texts[index] if self.texts else "same\n"
        return iteration.Call(self.seconds[min(index, len(self.seconds) - 1)], float(index), text)


class LoopCountTests(unittest.TestCase):
    def test_auto_repeats_a_short_call_until_min_time_after_the_calibration_call(self):
        call = FakeCall([0.03, 0.02])
        measured = loops.measure(call, loops.AUTO, 0.1)
        self.assertEqual(measured.loops, 5)  # ceil(0.1 / 0.02): the faster of the first two calls
        self.assertEqual(measured.warmup_calls, 1)
        self.assertEqual(call.made, 6)  # one untimed, then k timed, the second call among them
        self.assertEqual(measured.calls, 6)
        self.assertAlmostEqual(measured.total_s, 0.1)
        self.assertAlmostEqual(measured.per_iteration_s, 0.02)

    def test_auto_does_not_read_k_off_a_cold_first_call(self):
        # An OpenMP team made in the first call: 0.15 s, then 9 ms per call.
        call = FakeCall([0.15, 0.009])
        measured = loops.measure(call, loops.AUTO, 0.1)
        self.assertEqual(measured.loops, 12)  # ceil(0.1 / 0.009)
        self.assertGreaterEqual(measured.total_s, 0.1)

    def test_auto_reads_k_again_when_the_calls_get_faster_after_the_first_two(self):
        # overhead.omp at n = 32: 11-12 ms in the first two calls, 5 ms a call after.
        call = FakeCall([0.012, 0.011, 0.005])
        measured = loops.measure(call, loops.AUTO, 0.1)
        self.assertEqual(measured.loops, 20)  # ceil(0.1 / 0.005): the median of the first k = 10 timed calls
        self.assertEqual(measured.warmup_calls, 1 + 10)
        self.assertEqual((call.made, measured.calls), (1 + 10 + 20, 1 + 10 + 20))
        self.assertAlmostEqual(measured.total_s, 0.1)

    def test_a_fixed_k_is_never_read_again(self):
        call = FakeCall([0.012, 0.005])
        measured = loops.measure(call, 10, 0.1)
        self.assertEqual((measured.loops, call.made), (10, 11))

    def test_auto_keeps_one_long_call_as_the_measurement(self):
        call = FakeCall([0.25])
        measured = loops.measure(call, loops.AUTO, 0.1)
        self.assertEqual((measured.loops, measured.warmup_calls, call.made), (1, 0, 2))
        self.assertEqual(measured.calls, 2)  # the calibration's second call is counted, though not timed
        self.assertEqual(measured.per_iteration_s, 0.25)

    def test_auto_makes_no_second_call_of_a_call_long_enough_not_to_be_cold(self):
        call = FakeCall([0.35, 0.001])
        measured = loops.measure(call, loops.AUTO, 0.1)
        self.assertEqual((measured.loops, measured.warmup_calls, call.made), (1, 0, 1))

    def test_fixed_k_makes_one_untimed_call_then_k_timed_ones(self):
        call = FakeCall([0.5, 0.01, 0.02, 0.03])
        measured = loops.measure(call, 3)
        self.assertEqual((measured.loops, measured.warmup_calls, call.made, measured.calls), (3, 1, 4, 4))
        self.assertAlmostEqual(measured.per_iteration_s, 0.02)
        self.assertEqual(measured.first_call.started, 0.0)

    def test_one_loop_is_one_call(self):
        call = FakeCall([0.004])
        measured = loops.measure(call, 1)
        self.assertEqual((measured.loops, measured.warmup_calls, call.made), (1, 0, 1))

    def test_a_call_with_another_output_is_an_error(self):
        with self.assertRaisesRegex(RuntimeError, "call 3 of proc"):
            loops.measure(FakeCall([0.01], texts=["a\n", "a\n", "b\n"]), 2)

    def test_loops_for_is_capped_and_survives_a_zero_time(self):
        self.assertEqual(loops.loops_for(0.0, 0.1), loops.MAX_LOOPS)
        self.assertEqual(loops.loops_for(1e-7, 0.1), loops.MAX_LOOPS)
        self.assertEqual(loops.loops_for(0.1, 0.1), 1)
        self.assertEqual(loops.loops_for(0.006, 0.1), 17)

    def test_bad_values_are_rejected(self):
        for text in ("0", "-2", "x", "1.5", str(loops.MAX_LOOPS + 1)):
            with self.subTest(text=text), self.assertRaises(loops.LoopsError):
                loops.parse_loops(text)
        self.assertEqual(loops.parse_loops("7"), 7)
        for seconds in (0.0, -1.0, float("inf"), float("nan")):
            with self.subTest(seconds=seconds), self.assertRaises(loops.LoopsError):
                loops.check_min_time(seconds)


class FreshInputTests(unittest.TestCase):
    """Two calls of every variant on one loaded input: the loaded input is
    unchanged after each (so every call of a loop starts from the same
    input) and both give the same output."""

    @classmethod
    def setUpClass(cls):
        sys.path.insert(0, os.path.abspath(support.ext_dir()))

    def check_group(self, group_name, options=None):
        group = importlib.import_module("ppp.%s.common" % group_name)
        loaded = group.load(support.data_dir(), profiles.params("smoke", group_name), options or {})
        before = _inputs(loaded)
        for entry in [v for v in registry.VARIANTS if v.group == group_name]:
            variant = importlib.import_module(entry.module)
            with self.subTest(variant=entry.variant):
                first = iteration.call_once(group, variant, loaded, 2)
                self.assertTrue(_equal(_inputs(loaded), before), "%s changed its input" % entry.variant)
                second = iteration.call_once(group, variant, loaded, 2)
                self.assertEqual(first.text, second.text)
                self.assertGreater(len(first.text), 0)

    def test_cpu_bound(self):
        self.check_group("cpu_bound")

    def test_memory_bound(self):
        self.check_group("memory_bound")

    def test_overhead(self):
        self.check_group("overhead")

    def test_io_bound(self):
        with Replica() as replica:
            self.check_group("io_bound", {"wiki_url": replica.url})


def _inputs(loaded):
    """A copy of what a group loaded, without the run's own bookkeeping
    (io_bound's retry ledger counts retries across calls by design)."""
    if hasattr(loaded, "tolist"):  # numpy arrays and memoryviews (not deep-copyable): their values
        return loaded.tolist()
    if isinstance(loaded, (tuple, list)):
        return [_inputs(x) for x in loaded]
    if hasattr(loaded, "__dict__"):
        return {k: _inputs(v) for k, v in vars(loaded).items() if k != "ledger"}
    return copy.deepcopy(loaded)


def _equal(a, b):
    if hasattr(a, "tolist") and not hasattr(b, "tolist"):
        return _equal(a.tolist(), b)
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    if hasattr(a, "tolist"):  # numpy arrays
        return a.tolist() == b.tolist()
    if isinstance(a, (tuple, list)):
        return type(a) is type(b) and len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b))
    if hasattr(a, "__dict__"):
        return _equal(sorted(vars(a).items()), sorted(vars(b).items()))
    return a == b


class LoopsCliTests(unittest.TestCase):
    def test_fixed_loops_report_per_iteration_time_and_serials_digest(self):
        (once, single), (looped, record) = support.run_many(
            [("cpu_bound.serial", 1, ()), ("cpu_bound.serial", 1, ("--loops", "3"))])
        self.assertEqual(looped.returncode, 0, looped.stderr)
        self.assertEqual((record["loops"], record["warmup_calls"], record["loops_calibrated"]), (3, 1, False))
        self.assertAlmostEqual(record["proc_time_s"] * 3, record["timed_total_s"])
        self.assertEqual(record["digest"], single["digest"])
        self.assertEqual((single["loops"], single["warmup_calls"]), (1, 0))
        self.assertGreater(record["startup_s"], 0)
        self.assertLess(record["timed_total_s"], record["harness_real_s"])

    def test_auto_picks_k_for_min_time(self):
        # faults.serial squares 100 numbers (microseconds): a 0.2 s span takes k > 1.
        done, record = support.run("faults.serial", extra=("--loops", "auto", "--min-time", "0.2"))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertGreater(record["loops"], 1)
        self.assertTrue(record["loops_calibrated"])
        self.assertEqual(record["min_time_s"], 0.2)
        self.assertGreaterEqual(record["warmup_calls"], 1)

    def test_bad_loops_exit_2_with_one_line(self):
        for extra in (("--loops", "zero"), ("--loops", "0"), ("--min-time", "-1"), ("--min-time", "soon")):
            with self.subTest(extra=extra):
                done, _ = support.run("cpu_bound.serial", extra=extra)
                self.assertEqual(done.returncode, 2)
                self.assertEqual(len(done.stderr.strip().splitlines()), 1, done.stderr)
                self.assertIn("--", done.stderr)


if __name__ == "__main__":
    unittest.main()
