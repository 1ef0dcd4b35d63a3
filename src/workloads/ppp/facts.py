"""Facts about this interpreter (standard library only: `ppp probe` must work
on a bare interpreter)."""

import importlib
import importlib.metadata
import multiprocessing
import os
import platform
import sys
import sysconfig

_DISTRIBUTIONS = {"cython": ("Cython", "Cython"), "numpy": ("numpy", "numpy"), "psutil": ("psutil", "psutil")}


def library_version(key):
    """Installed version of cython/numpy/psutil, or None. Reads package
    metadata first so that nothing heavy is imported."""
    dist, module = _DISTRIBUTIONS[key]
    try:
        return importlib.metadata.version(dist)
    except Exception:
        pass
    try:
        return getattr(importlib.import_module(module), "__version__", "unknown")
    except Exception:
        return None


def libraries():
    return {key: library_version(key) for key in _DISTRIBUTIONS}


def gil_enabled():
    check = getattr(sys, "_is_gil_enabled", None)
    return bool(check()) if check else True


def free_threaded_build():
    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def affinity_count():
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count()


def runtime(start_method=None):
    return {
        "implementation": sys.implementation.name,
        "version": platform.python_version(),
        "executable": sys.executable,
        "gil_enabled": gil_enabled(),
        "free_threaded_build": free_threaded_build(),
        "start_method": start_method or multiprocessing.get_start_method(),
        "platform": sys.platform,
    }


def probe():
    info = runtime()
    info.pop("start_method")
    info.update({
        "libraries": libraries(),
        "default_start_method": multiprocessing.get_start_method(),
        "cpu_count": os.cpu_count(),
        "affinity_count": affinity_count(),
    })
    return info
