"""Facts about this interpreter (standard library only: `ppp probe` must work
on a bare interpreter)."""

import importlib
import multiprocessing
import os
import platform
import re
import sys
import sysconfig

_DISTRIBUTIONS = {"cython": ("Cython", "Cython"), "numpy": ("numpy", "numpy"), "psutil": ("psutil", "psutil")}


def library_version(key, installed=None):
    """Installed version of cython/numpy/psutil, or None. Reads package
    metadata first so that nothing heavy is imported: the name of its
    .dist-info or .egg-info folder (installed: those on sys.path, from
    _info_folders), then importlib.metadata (whose import alone took 28 ms of
    every run's 72 ms of harness imports)."""
    dist, module = _DISTRIBUTIONS[key]
    version = _installed_version(dist, installed)
    if version is not None:
        return version
    try:
        import importlib.metadata
        return importlib.metadata.version(dist)
    except Exception:
        pass
    try:
        return getattr(importlib.import_module(module), "__version__", "unknown")
    except Exception:
        return None


_INFO_FOLDER = re.compile(r"^(?P<name>.+?)-(?P<version>[^-]+)(?:-py\d[\d.]*)?\.(?:dist|egg)-info$", re.IGNORECASE)


def _info_folders():
    """Normalized distribution name -> version, from the NAME-VERSION.dist-info
    and NAME-VERSION[-pyX.Y].egg-info folders on sys.path; the first in the
    order import searches it wins. One pass over sys.path for all versions."""
    found = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for candidate in names:
            match = _INFO_FOLDER.match(candidate)
            if match:
                found.setdefault(_normalized(match.group("name")), match.group("version"))
    return found


def _installed_version(dist, installed=None):
    """The version of the first info folder of dist on sys.path, or None
    (installed: what _info_folders already listed)."""
    return (installed if installed is not None else _info_folders()).get(_normalized(dist))


def _normalized(name):
    return re.sub(r"[-_.]+", "_", name).lower()


def libraries():
    installed = _info_folders()
    return {key: library_version(key, installed) for key in _DISTRIBUTIONS}


def gil_enabled():
    check = getattr(sys, "_is_gil_enabled", None)
    return bool(check()) if check else True


def free_threaded_build():
    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def build_config():
    """How this interpreter was built, as far as sysconfig records it. Builds with and without PGO/LTO differ
    in pure-Python speed, so absolute times of two builds are not comparable. pgo and lto say
    what sysconfig shows: a distributor may apply them outside configure and leave no trace there (Debian's
    python3 does), so False means "not recorded", not "not applied"."""
    args = sysconfig.get_config_var("CONFIG_ARGS") or ""
    flags = " ".join(str(sysconfig.get_config_var(name) or "")
                     for name in ("LTOFLAGS", "LTOCFLAGS", "PY_CFLAGS", "PY_CFLAGS_NODIST", "PY_LDFLAGS_NODIST"))
    return {
        "config_args": args,
        "pgo": "--enable-optimizations" in args or "-fprofile-use" in flags,
        "lto": "--with-lto" in args or "-flto" in flags,
    }


def allowed_cpus():
    """The CPUs this process may run on, sorted; [] where the platform cannot tell."""
    return sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []


def affinity_count():
    """How many CPUs this process may run on; os.cpu_count() where the platform cannot tell."""
    return len(allowed_cpus()) or os.cpu_count()


def runtime(start_method=None, gil_at_start=None):
    """The interpreter as a run saw it. gil_enabled is read when called (the harness calls this after the
    workload's imports and run); gil_at_start, read before them, shows an extension that turned the GIL
    back on at import (a module not declared free-threading compatible)."""
    return {
        "implementation": sys.implementation.name,
        "version": platform.python_version(),
        "executable": sys.executable,
        "gil_enabled": gil_enabled(),
        "gil_enabled_at_start": gil_at_start,
        "free_threaded_build": free_threaded_build(),
        "start_method": start_method or multiprocessing.get_start_method(),
        "platform": sys.platform,
        "build": build_config(),
    }


def probe():
    info = runtime()
    info.pop("start_method")
    info.pop("gil_enabled_at_start")
    info.update({
        "libraries": libraries(),
        "default_start_method": multiprocessing.get_start_method(),
        "cpu_count": os.cpu_count(),
        "affinity_count": affinity_count(),
    })
    return info
