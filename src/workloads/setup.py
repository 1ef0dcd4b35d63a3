"""pip install path: `pip install ./src/workloads` installs the ppp package and
compiles its Cython/OpenMP extensions as top-level pppx_* modules.
The pipeline itself uses `python -m ppp build --out DIR` instead."""

import os
import sys

from setuptools import find_packages, setup

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from Cython.Build import cythonize  # noqa: E402

from ppp import __version__  # noqa: E402
from ppp.build import source_extensions  # noqa: E402

setup(
    name="ppp-workloads",
    version=__version__,
    description="Python and Parallel Programming (2013) workloads, ported to Python 3",
    packages=find_packages(include=["ppp", "ppp.*"]),
    package_data={"ppp": ["*/ext/*.pyx", "io_bound/data/*"]},
    ext_modules=cythonize(source_extensions(), build_dir="build/cython",
                          compiler_directives={"language_level": 3}),
    python_requires=">=3.8",
)
