namespace ParallelRepro.Reporting.Sections;

/// <summary>
/// What investigation found about results the GIL section shows, with its evidence and the command that
/// reproduces it. Findings are text measured once, not this report's data: each says where and how.
/// </summary>
internal static class GilFindings
{
    public const string CpuBoundMt =
        "**Why cpu_bound.mt does not scale with the GIL off (finding, measured once).** The cause is the workload's design, " +
        "not the port: every thread reads the same row lists and strings, which the main thread created. Free-threaded " +
        "CPython 3.13 counts references non-atomically only in the thread that owns an object; every other thread " +
        "updates a shared counter with atomic instructions, and threads reading the same objects contend for their cache " +
        "lines. `src/workloads/experiments/shared_rows.py` runs the unchanged mt kernel on 1,500 rows of the quick input, " +
        "once on the shared rows and once on a private copy each thread builds (and so owns) before the clock starts; " +
        "7 interleaved runs each, median [min–max], on CPython 3.13.15t with the GIL off, on a shared 2-core VM: " +
        "shared n=1 0.305 s [0.258–0.443], n=2 0.351 s [0.321–0.765]; private n=1 0.156 s [0.148–0.258], n=2 0.148 s " +
        "[0.042–0.177]. Private rows run twice as fast even on one thread, and adding a thread to the shared rows makes " +
        "it slower. `perf record -e cpu-clock` of two threads on the shared rows puts 25.8 % of the samples in " +
        "`_Py_DecRefShared` (the atomic decrement for objects another thread owns) and 19.3 % in `list_subscript`; on " +
        "private rows, 0.05 % and 9.8 %. The paper's mt shares the rows the same way, so the port keeps it: the GIL " +
        "claims about mt stay a statement about this design, and a free-threaded program that wants the speedup gives " +
        "each thread objects of its own.";
}
