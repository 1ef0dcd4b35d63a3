"""ppp/buffers.py: the stdlib form gives what the variants use (m[i, j] reads and writes, shape, tolist) and
the same contents as the NumPy form; no variant needs NumPy."""

import ctypes
import os
import unittest
from unittest import mock

from ppp import buffers, registry


def numpy_available():
    try:
        import numpy  # noqa: F401
        return True
    except ImportError:
        return False


class StdlibBuffersTests(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch.dict(os.environ, {buffers.STORAGE_VARIABLE: ""})
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_matrix_reads_and_writes_elements_from_python(self):
        m = buffers.matrix([[1, 2, 3], [4, 5, 6]], "q")
        m[1, 2] += 10
        self.assertEqual((m.shape[0], m.shape[1]), (2, 3))
        self.assertEqual(m[1, 2], 16)
        self.assertEqual(m.tolist(), [[1, 2, 3], [4, 5, 16]])

    def test_zeros_and_vector(self):
        self.assertEqual(buffers.zeros(2, 3, "q").tolist(), [[0, 0, 0], [0, 0, 0]])
        self.assertEqual(buffers.vector([-1, 7], "i").tolist(), [-1, 7])
        self.assertEqual(buffers.vector([1, 0], "b").itemsize, 1)

    def test_over_shared_memory_writes_through_and_copy_is_independent(self):
        shared = (ctypes.c_int64 * 4)()
        view = buffers.over(shared, "q", (2, 2))
        view[1, 0] = 9
        self.assertEqual(list(shared), [0, 0, 9, 0])
        copied = buffers.copy(view, "q")
        shared[2] = 1
        self.assertEqual(copied.tolist(), [[0, 0], [9, 0]])

    def test_no_variant_needs_numpy(self):
        self.assertEqual([v for v in registry.VARIANTS if "numpy" in v.needs], [])


@unittest.skipUnless(numpy_available(), "NumPy is not installed")
class NumpyFormTests(unittest.TestCase):
    def test_both_forms_hold_the_same_values(self):
        rows = [[3, -2], [5, 7]]
        with mock.patch.dict(os.environ, {buffers.STORAGE_VARIABLE: "numpy"}):
            numpy_form = buffers.matrix(rows, "q")
        with mock.patch.dict(os.environ, {buffers.STORAGE_VARIABLE: ""}):
            stdlib_form = buffers.matrix(rows, "q")
        self.assertEqual(type(numpy_form).__module__, "numpy")
        self.assertIsInstance(stdlib_form, memoryview)
        self.assertEqual(numpy_form.tolist(), stdlib_form.tolist())
        self.assertEqual(int(numpy_form[1, 0]), stdlib_form[1, 0])


if __name__ == "__main__":
    unittest.main()
