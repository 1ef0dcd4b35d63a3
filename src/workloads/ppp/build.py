"""`ppp build --out DIR`: compile every Cython extension with OpenMP into DIR.

Each .pyx is copied under DIR/_build/ before cythonizing, so generated C and
object files never land in the source tree. Modules are top level
(pppx_<group>_<variant>), importable once DIR is on sys.path.
"""

import contextlib
import os
import shutil
import subprocess
import sys

from ppp.registry import extensions

HERE = os.path.dirname(os.path.abspath(__file__))
CPP_MODULES = {"pppx_overhead_omp"}  # uses std::map  # effort: build overhead.omp


def pyx_path(group, stem):
    return os.path.join(HERE, group, "ext", stem + ".pyx")


def openmp_flags(compiler_type):
    # The pipeline names the OpenMP flags where the compiler's own are not enough: Apple clang needs
    # -Xpreprocessor -fopenmp and Homebrew's keg-only libomp (PPP_OPENMP_CFLAGS / PPP_OPENMP_LDFLAGS).
    override = os.environ.get("PPP_OPENMP_CFLAGS")
    if override is not None:
        return override.split() + ["-g0"], os.environ.get("PPP_OPENMP_LDFLAGS", "").split()
    if compiler_type == "msvc":  # effort: build *.omp*
        return ["/openmp"], []  # effort: build *.omp*
    # -g0: no debug info; it speeds up compiling and does not change the code.
    # PPP_BUILD_CFLAGS (e.g. "-O0") is for the tests, which only check results.
    extra = os.environ.get("PPP_BUILD_CFLAGS", "").split()
    return ["-fopenmp", "-g0"] + extra, ["-fopenmp"]  # effort: build *.omp*


def make_extension(module, source, compiler_type):
    from setuptools import Extension
    compile_args, link_args = openmp_flags(compiler_type)  # effort: build *.omp*
    language = "c++" if module in CPP_MODULES else "c"  # effort: build overhead.omp
    return Extension(module, [source], language=language,  # effort: build *.omp*, memory_bound.serial-static
                     extra_compile_args=compile_args, extra_link_args=link_args)  # effort: build *.omp*


@contextlib.contextmanager
def stdout_to_stderr():
    """setuptools and the compiler print progress; stdout must stay pure JSON."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def compile_one(module, group, stem, out_dir):
    """Cythonize and compile one module; returns the compiler description."""
    from Cython.Build import cythonize
    from setuptools import Distribution
    from distutils.ccompiler import get_default_compiler
    work = os.path.join(out_dir, "_build", module)
    os.makedirs(work, exist_ok=True)
    source = os.path.join(work, module + ".pyx")
    shutil.copyfile(pyx_path(group, stem), source)
    ext = make_extension(module, source, get_default_compiler())
    ext_modules = cythonize([ext], quiet=True, compiler_directives={"language_level": 3})
    dist = Distribution({"ext_modules": ext_modules})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib = out_dir
    cmd.build_temp = os.path.join(work, "tmp")
    cmd.inplace = False
    cmd.ensure_finalized()
    cmd.run()
    return cmd.compiler


def describe_compiler(compiler):
    if compiler is None:
        return None
    exe = getattr(compiler, "compiler_so", None) or [getattr(compiler, "cc", compiler.compiler_type)]
    version = None
    try:
        result = subprocess.run([exe[0], "--version"], capture_output=True, text=True, timeout=30)
        version = (result.stdout or result.stderr).splitlines()[0]
    except Exception:
        pass
    return {"type": compiler.compiler_type, "executable": exe[0], "version": version}


def _build_one(job):
    """Worker: build one module, return (module, error or None, compiler)."""
    module, group, stem, out_dir = job
    try:
        with stdout_to_stderr():
            compiler = compile_one(module, group, stem, out_dir)
        return module, None, describe_compiler(compiler)
    except BaseException as exc:  # distutils reports errors as SystemExit too
        return module, "%s: %s" % (type(exc).__name__, exc), None


def build_all(out_dir, jobs=None):
    """Build every extension, `jobs` at a time (default: CPU count).
    Returns (report dict, ok)."""
    from concurrent.futures import ProcessPoolExecutor
    out_dir = os.path.abspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    try:
        import Cython
        cython_version = Cython.__version__
    except ImportError:
        cython_version = None
    todo = [(module, group, stem, out_dir) for module, group, stem in extensions()]
    if cython_version is None:
        outcomes = [(job[0], "Cython is not installed", None) for job in todo]
    else:
        with ProcessPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
            outcomes = list(pool.map(_build_one, todo))
    results, compiler = [], None
    for (module, group, stem, _), (_, error, described) in zip(todo, outcomes):
        compiler = compiler or described
        results.append({"module": module, "ok": error is None, "error": error})
        if error:
            print("ppp build: failed to build %s: %s" % (pyx_path(group, stem), error.splitlines()[0]),
                  file=sys.stderr)
    report = {"extensions": results, "compiler": compiler, "cython": cython_version}
    return report, all(r["ok"] for r in results)


def source_extensions(compiler_type=None):
    """setuptools Extensions on the .pyx files in place (used by setup.py)."""
    from distutils.ccompiler import get_default_compiler
    compiler_type = compiler_type or get_default_compiler()
    return [make_extension(module, pyx_path(group, stem), compiler_type)
            for module, group, stem in extensions()]
