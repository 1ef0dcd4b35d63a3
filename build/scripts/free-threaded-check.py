# Whether an interpreter is a free-threaded CPython that the pipeline can run on: the GIL compiled out,
# and the modules the pure-Python variants need (ctypes backs multiprocessing's shared memory and is
# only built when libffi's headers were present; ssl, for an https --wiki-url, likewise needs OpenSSL's).
# Prints the version and sys.prefix, which shows where the interpreter believes it lives (through a link).
import ctypes  # noqa: F401
import hashlib  # noqa: F401
import json  # noqa: F401
import multiprocessing.shared_memory  # noqa: F401
import ssl  # noqa: F401
import sys
import sysconfig

if not sysconfig.get_config_var("Py_GIL_DISABLED"):
    sys.exit(f"{sys.executable} is not a free-threaded build (Py_GIL_DISABLED is not set)")
print(f"CPython {sys.version.split()[0]} free-threaded, prefix {sys.prefix}")
