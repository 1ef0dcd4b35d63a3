"""`ppp run`: measure one run of one variant and write its JSON record.

Order matters: the CPU affinity is set first (every later thread, OpenMP
thread and child process inherits it), then each CPU's speed is probed (its
few milliseconds count in startup_s) and the start CPU taken, then the start
method, then the availability check; only then are data loaded, proc() timed,
output written, and the CPUs probed again.
"""

import importlib
import json
import multiprocessing
import os
import sys
import tempfile
import time

from ppp import buffers, cpuprobe, facts, iteration, loops, profiles, registry, startup
from ppp.output import digest, write_atomic

SCHEMA = 1


class UsageError(Exception):
    """Bad command line or input files: one line on stderr, exit 2."""


def apply_affinity(cores):
    """Restrict this process to the first `cores` CPUs of its current
    affinity (Linux; 0 = all). The count allowed is read after start_on,
    with facts.affinity_count()."""
    if cores < 0:
        raise UsageError("--cores must be >= 0, got %d" % cores)
    if cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:cores])


def start_on(cpu, stay=False):
    """Move this process to CPU `cpu` of its allowed set, then allow the whole
    set again unless it is to `stay` there (Linux). The process keeps running
    where it was moved unless the scheduler has a reason to migrate it; threads
    and children it starts later are placed by the kernel over the whole set as
    before. Why: the vCPUs of a cloud VM need not run at one speed (on the
    2-vCPU VM this was built on, one ran single-threaded Python 1.6x slower
    than the other, and which one changed over minutes), so the runner starts
    every run of a round on the same CPU and cycles it round by round, and the
    statistics compare runs within a CPU (ParallelRepro.Statistics.StratifiedRatio).
    A run that is to stay (stays_on_start_cpu) keeps only that CPU. Returns the
    CPU, or None when none was asked for or the platform cannot place
    processes."""
    if cpu is None:
        return None
    if cpu < 0:
        raise UsageError("--start-cpu must be >= 0, got %d" % cpu)
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = os.sched_getaffinity(0)
    if cpu not in allowed:
        raise UsageError("--start-cpu %d is not among the CPUs this run may use (%s)"
                         % (cpu, ",".join(str(c) for c in sorted(allowed))))
    os.sched_setaffinity(0, {cpu})
    if not stay:
        os.sched_setaffinity(0, allowed)
    return cpu


def stays_on_start_cpu(entry, workers):
    """Whether a run placed on a start CPU stays there: when all its work is
    one thread of this process (one worker, threads or OpenMP or none), so it
    has nothing to run in parallel. Why: left free, the kernel ran mt(1)'s one
    worker thread on the other vCPU from the main thread's, so mt(1) took the
    other CPU's speed while serial took its own. Regressed on the speed probes
    of each CPU over 16 default runs (302 runs of cpu_bound mt(1)): slope 0.84
    on the other CPU's probe and -0.01 on its own, where serial's were 0.01 and
    0.88; so a round's mt(1)/serial compared two vCPUs that ran up to 1.6x
    apart, and its three planned rounds spread 0.19 on the log scale (0.07
    once each run's probes are regressed out). Worker processes still spread,
    as at any n: a parent waiting on one child is a different program from a
    parent and child sharing one CPU."""
    return workers == 1 and not registry.uses_processes(entry)


def unavailable_reason(entry, options):
    """Why this variant cannot run on this runtime, or None."""
    if "buffers" in entry.needs and buffers.storage() == "numpy":
        try:
            import numpy  # noqa: F401
        except ImportError as exc:
            return "numpy is not importable (%s=numpy asks for it): %s" % (buffers.STORAGE_VARIABLE, exc)
    if entry.ext:
        try:
            importlib.import_module(entry.ext)
        except ImportError as exc:
            return ("compiled extension %s is not importable (build it with `ppp build --out DIR` "
                    "and pass --ext-dir DIR): %s" % (entry.ext, exc))
    return None


def check_data_dir(data_dir, profile):
    if not os.path.isdir(data_dir):
        raise UsageError("data folder %s does not exist (run `ppp data`)" % data_dir)
    manifest = os.path.join(data_dir, "manifest.json")
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as handle:
            made_for = json.load(handle).get("profile")
        if made_for != profile:
            raise UsageError("data in %s was made for profile %s, not %s" % (data_dir, made_for, profile))


def rusage():
    try:
        import resource
    except ImportError:  # Windows
        times = os.times()
        return {"user_s": times.user, "sys_s": times.system, "children_user_s": times.children_user,
                "children_sys_s": times.children_system, "max_rss_kb": _psutil_peak_kb()}
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    scale = 1024 if sys.platform == "darwin" else 1  # macOS reports bytes
    return {"user_s": own.ru_utime, "sys_s": own.ru_stime, "children_user_s": kids.ru_utime,
            "children_sys_s": kids.ru_stime, "max_rss_kb": own.ru_maxrss // scale}


def _psutil_peak_kb():
    try:
        import psutil
        info = psutil.Process().memory_info()
        return getattr(info, "peak_wset", info.rss) // 1024
    except Exception:
        return None


def measure(entry, args, options):
    """Load, time proc() `--loops` times (ppp/loops.py), write the output.
    Exceptions propagate."""
    group = importlib.import_module("ppp.%s.common" % entry.group)
    variant = importlib.import_module(entry.module)
    params = profiles.params(args.profile, entry.group)
    try:
        loaded = group.load(args.data, params, options)
    except FileNotFoundError as exc:
        raise UsageError("missing input file %s (run `ppp data --profile %s`)" % (exc.filename, args.profile))
    try:
        measured = loops.measure(lambda: iteration.call_once(group, variant, loaded, args.workers),
                                 args.loops, args.min_time)
    finally:
        _stop_forkserver()
    _write_output(args.output, measured.text)
    facts_of = getattr(group, "run_facts", None)  # e.g. io_bound's retries
    return measured, facts_of(loaded) if facts_of else {}


def _stop_forkserver():
    """Under forkserver the workers are the fork server's children, not ours:
    stopping (and so waiting for) the server brings their CPU time into
    RUSAGE_CHILDREN. Uses a private CPython method; best effort."""
    if multiprocessing.get_start_method() != "forkserver":
        return
    try:
        from multiprocessing import forkserver
        forkserver._forkserver._stop()
    except Exception:
        pass


def _write_output(path, text):
    if path:
        write_atomic(path, text)
        return
    fd, tmp = tempfile.mkstemp(prefix="ppp-output-", suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    finally:
        os.unlink(tmp)


def run(args, started):
    """Returns the exit code: 0 ok, 3 unavailable (exceptions propagate)."""
    gil_at_start = facts.gil_enabled()
    apply_affinity(args.cores)
    cpus = facts.allowed_cpus()
    # Each CPU's speed before the run, the start CPU last (ppp/cpuprobe.py); again once the output is written.
    probes_before = cpuprobe.probe_each(cpus, last=args.start_cpu)
    if args.workers < 1:
        raise UsageError("--workers must be >= 1, got %d" % args.workers)
    entry = registry.find(args.name)
    if entry is None:
        raise UsageError("unknown variant %r (see `ppp list`)" % args.name)
    start_cpu = start_on(args.start_cpu, stay=stays_on_start_cpu(entry, args.workers))
    cores_allowed = facts.affinity_count()
    try:
        args.loops = loops.parse_loops(args.loops)
        args.min_time = loops.check_min_time(args.min_time)
    except loops.LoopsError as exc:
        raise UsageError(str(exc))
    if args.start_method:
        multiprocessing.set_start_method(args.start_method, force=True)
    ext_dir = args.ext_dir or os.environ.get("PPP_EXT_DIR")
    if ext_dir:
        sys.path.insert(0, os.path.abspath(ext_dir))
    options = {"wiki_url": args.wiki_url or os.environ.get("PPP_WIKI_URL")}
    if "wiki" in entry.needs and not options["wiki_url"]:
        raise UsageError("%s needs --wiki-url URL (or PPP_WIKI_URL)" % args.name)
    check_data_dir(args.data, args.profile)
    reason = unavailable_reason(entry, options)
    measured = measured_startup = None
    run_facts = {}
    probes_after = {}
    if reason is None:
        measured, run_facts = measure(entry, args, options)
        probes_after = cpuprobe.probe_each(cpus)
        measured_startup = startup.startup(measured.first_call.started, started)
    record = {
        "schema": SCHEMA,
        "status": "unavailable" if reason else "ok",
        "reason": reason,
        "group": entry.group,
        "variant": entry.variant,
        "workers": args.workers,
        "cores_requested": args.cores,
        "cores_allowed": cores_allowed,
        "start_cpu": start_cpu,
        "cpu_probes_s": cpuprobe.as_record(probes_before, probes_after),
        "profile": args.profile,
        **run_facts,
    }
    record.update(_timings(measured, measured_startup, args))
    usage = rusage()
    record["harness_real_s"] = time.perf_counter() - started
    record.update(usage)
    record.update({
        "digest": digest(measured.text) if measured else None,
        "output_lines": measured.text.count("\n") if measured else None,
        "runtime": facts.runtime(multiprocessing.get_start_method(), gil_at_start),
        "libraries": facts.libraries(),
    })
    write_atomic(args.out, json.dumps(record, indent=2) + "\n")
    return 3 if reason else 0


def _timings(measured, measured_startup, args):
    """proc_time_s is per iteration: the timed span over the loops. The CPU
    times (rusage, added after this) stay those of the whole process."""
    if measured is None:
        return {"proc_time_s": None, "loops": None, "warmup_calls": None, "calls": None, "timed_total_s": None,
                "loops_calibrated": None, "min_time_s": None, "startup_s": None, "startup_from": None}
    calibrated = args.loops == loops.AUTO
    return {
        "proc_time_s": measured.per_iteration_s,
        "loops": measured.loops,
        "warmup_calls": measured.warmup_calls,
        "calls": measured.calls,
        "timed_total_s": measured.total_s,
        "loops_calibrated": calibrated,
        "min_time_s": args.min_time if calibrated else None,
        "startup_s": measured_startup[0],
        "startup_from": measured_startup[1],
    }
