"""The OpenMP flags of `ppp build`: the compiler's defaults, or the pipeline's per-OS override."""

import os
import unittest
from unittest import mock

from ppp import build


class OpenMpFlagsTest(unittest.TestCase):
    def test_gcc_default(self):
        with mock.patch.dict(os.environ, {}, clear=True):
            self.assertEqual(build.openmp_flags("unix"), (["-fopenmp", "-g0"], ["-fopenmp"]))

    def test_msvc_default(self):
        with mock.patch.dict(os.environ, {}, clear=True):
            self.assertEqual(build.openmp_flags("msvc"), (["/openmp"], []))

    def test_override_for_apple_clang_and_libomp(self):
        env = {"PPP_OPENMP_CFLAGS": "-Xpreprocessor -fopenmp -I/opt/homebrew/opt/libomp/include",
               "PPP_OPENMP_LDFLAGS": "-L/opt/homebrew/opt/libomp/lib -lomp"}
        with mock.patch.dict(os.environ, env, clear=True):
            compile_args, link_args = build.openmp_flags("unix")
        self.assertEqual(compile_args, ["-Xpreprocessor", "-fopenmp", "-I/opt/homebrew/opt/libomp/include", "-g0"])
        self.assertEqual(link_args, ["-L/opt/homebrew/opt/libomp/lib", "-lomp"])


if __name__ == "__main__":
    unittest.main()
