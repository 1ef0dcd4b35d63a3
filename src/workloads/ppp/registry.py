"""Every variant of every group, the module that implements it and what it needs.

A variant module defines proc(data, workers) -> result, the function that is
timed. It may define prepare(data, workers) -> data (work the original did
outside proc(): type conversion in main(), a Manager started at import) and
cleanup(data) (shut down what prepare started). Each group's common module
defines load(data_dir, params, options) and canonical_lines(result).

needs: "cython" = a compiled extension (EXT below), "buffers" = typed
buffers (ppp/buffers.py: the standard library's, or NumPy when
PPP_STORAGE=numpy asks for the original form), "wiki" = the MediaWiki API URL.
"""

from collections import namedtuple

Variant = namedtuple("Variant", "group variant module needs ext")


def _v(group, variant, needs=()):
    stem = variant.replace("-", "_")
    ext = "pppx_%s_%s" % (group, stem) if "cython" in needs else None
    return Variant(group, variant, "ppp.%s.%s" % (group, stem), list(needs), ext)


VARIANTS = [
    # Figure 1
    _v("cpu_bound", "serial"),
    _v("cpu_bound", "mt"),
    _v("cpu_bound", "mp"),
    _v("cpu_bound", "omp-nogil-static", ("cython", "buffers")),  # effort: build cpu_bound.omp-nogil-static
    _v("cpu_bound", "omp-gil-static", ("cython", "buffers")),  # effort: build cpu_bound.omp-gil-static
    # Figure 3
    _v("io_bound", "serial", ("wiki",)),
    _v("io_bound", "mt", ("wiki",)),
    _v("io_bound", "mp", ("wiki",)),
    _v("io_bound", "omp-gil-dynamic", ("cython", "wiki")),  # effort: build io_bound.omp-gil-dynamic
    # Figures 4 and 5
    _v("memory_bound", "serial", ("buffers",)),
    _v("memory_bound", "serial-static", ("cython", "buffers")),  # effort: build memory_bound.serial-static
    _v("memory_bound", "mt", ("buffers",)),
    _v("memory_bound", "mp", ("buffers",)),
    _v("memory_bound", "omp-nogil-static", ("cython", "buffers")),  # effort: build memory_bound.omp-nogil-static
    _v("memory_bound", "omp-gil-static", ("cython", "buffers")),  # effort: build memory_bound.omp-gil-static
    _v("memory_bound", "omp-gil-dynamic", ("cython", "buffers")),  # effort: build memory_bound.omp-gil-dynamic
    # Figures 6 and 7
    _v("overhead", "serial"),
    _v("overhead", "mt"),
    _v("overhead", "mp"),
    _v("overhead", "mp-manager"),
    _v("overhead", "omp", ("cython", "buffers")),  # effort: build overhead.omp
]

GROUPS = list(dict.fromkeys(v.group for v in VARIANTS))


def uses_processes(entry):
    """Whether the variant's workers are processes (mp, mp-manager), not threads."""
    return entry.variant == "mp" or entry.variant.startswith("mp-")


def _test_only(variant, stem):
    return Variant("faults", variant, "ppp.faults.%s" % stem, [], None)


# Test-only (README.md, "The faults group"): variants that fail on purpose, for
# the tests of the pipeline's failure handling. Not in VARIANTS or GROUPS, so
# `ppp list` (without --all), `ppp data` and `ppp build` leave them out;
# `ppp run faults.<variant>` finds them.
TEST_VARIANTS = [
    _test_only("serial", "reference"),
    _test_only("raise-in-worker", "raise_in_worker"),
    _test_only("hang", "hang"),
    _test_only("wrong-output", "wrong_output"),
]


def listed(include_test_only=False):
    """The variants `ppp list` shows: the paper's, plus the test-only ones
    with --all."""
    return VARIANTS + TEST_VARIANTS if include_test_only else list(VARIANTS)


def find(name):
    """'group.variant' -> Variant (test-only ones included), or None."""
    group, _, variant = name.partition(".")
    for entry in VARIANTS + TEST_VARIANTS:
        if entry.group == group and entry.variant == variant:
            return entry
    return None


def extensions():
    """(module name, group, .pyx stem) of every Cython extension."""
    return [(v.ext, v.group, v.variant.replace("-", "_")) for v in VARIANTS if v.ext]
