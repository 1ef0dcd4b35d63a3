import os
import sys
import tempfile
import unittest

from ppp import facts


class LibraryVersionTests(unittest.TestCase):
    def test_the_folder_name_gives_the_version_importlib_metadata_reads(self):
        import importlib.metadata
        for key, (dist, _module) in facts._DISTRIBUTIONS.items():
            try:
                expected = importlib.metadata.version(dist)
            except importlib.metadata.PackageNotFoundError:
                continue  # not installed for this interpreter: nothing to compare
            self.assertEqual(facts.library_version(key), expected, key)

    def test_egg_and_dist_info_folders_are_read_in_sys_path_order(self):
        with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
            os.mkdir(os.path.join(first, "Some_Dist-2.0-py3.11.egg-info"))
            os.mkdir(os.path.join(second, "some_dist-1.0.dist-info"))
            os.mkdir(os.path.join(second, "other-3.0.dist-info"))
            saved = list(sys.path)
            try:
                sys.path[:] = [first, second]
                self.assertEqual(facts._installed_version("some-dist"), "2.0")
                sys.path[:] = [second, first]
                self.assertEqual(facts._installed_version("Some.Dist"), "1.0")
                self.assertIsNone(facts._installed_version("missing"))
            finally:
                sys.path[:] = saved


if __name__ == "__main__":
    unittest.main()
