# Whether an interpreter is a free-threaded CPython that the pipeline can run every variant on: the GIL
# compiled out; the modules the pure-Python variants need (ctypes backs multiprocessing's shared memory and is
# only built when libffi's headers were present; ssl, for an https --wiki-url, likewise needs OpenSSL's); and
# what the compiled variants and the harness need (Cython and setuptools to build, psutil), imported without
# turning the GIL back on. A build from before Cython was part of the recipe fails here, so it is never reused.
# Prints the versions and sys.prefix, which shows where the interpreter believes it lives (through a link).
import ctypes  # noqa: F401
import hashlib  # noqa: F401
import json  # noqa: F401
import multiprocessing.shared_memory  # noqa: F401
import ssl  # noqa: F401
import sys
import sysconfig

import Cython
import psutil
import setuptools

if not sysconfig.get_config_var("Py_GIL_DISABLED"):
    sys.exit(f"{sys.executable} is not a free-threaded build (Py_GIL_DISABLED is not set)")
if sys._is_gil_enabled():
    sys.exit(f"{sys.executable}: the GIL is on after importing psutil (or PYTHON_GIL=1 is set)")
print(f"CPython {sys.version.split()[0]} free-threaded, Cython {Cython.__version__}, psutil {psutil.__version__},"
      f" setuptools {setuptools.__version__}, prefix {sys.prefix}")
