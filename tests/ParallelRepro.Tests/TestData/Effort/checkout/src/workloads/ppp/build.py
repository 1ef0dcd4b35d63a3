"""Builds the toy extension (a fixture for build tags)."""

EXTENSIONS = [
    ("pppx_toy_omp_nogil_static", "ppp/toy/ext/omp_nogil_static.pyx"),  # effort: build toy.omp-nogil-static
    ("pppx_other", "elsewhere.pyx"),
]
# effort: build toy.omp-*, toy.serial-static
OPENMP_FLAGS = [
    "-fopenmp",
]
