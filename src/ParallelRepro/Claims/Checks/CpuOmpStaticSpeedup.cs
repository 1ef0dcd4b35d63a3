namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-omp-static-speedup: statically typed Cython runs the CPU-bound task ≥ 2.5× faster than serial Python.</summary>
internal sealed class CpuOmpStaticSpeedup : IMeasuredClaim
{
    public string Id => "cpu-omp-static-speedup";

    // Single-threaded (n=1): the gain is from C types, not from cores.
    public ClaimNeeds Needs { get; } = new(["cpu_bound"]);

    public void Check(ClaimScope s, Evidence e)
    {
        var serial = s.Serial("cpu_bound");
        e.Require("serial / omp (GIL, static type) at n=1 ≥ 2.5", "serial/omp-gil-static(1)", () => serial / s.Proc("cpu_bound", "omp-gil-static", 1), r => r >= 2.5);
        e.Require("serial / omp (no GIL, static type) at n=1 ≥ 2.5", "serial/omp-nogil-static(1)", () => serial / s.Proc("cpu_bound", "omp-nogil-static", 1), r => r >= 2.5);
    }
}
