using ParallelRepro.Vocabulary;

namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-omp-static-speedup: statically typed Cython runs the CPU-bound task ≥ 2.5× faster than serial Python.</summary>
internal sealed class CpuOmpStaticSpeedup : IMeasuredClaim
{
    public string Id => "cpu-omp-static-speedup";

    // Single-threaded (n=1): the gain is from C types, not from cores.
    public ClaimNeeds Needs { get; } = new(["cpu_bound"]);

    public void Check(ClaimScope s, Evidence e)
    {
        foreach (var variant in new[] { "omp-gil-static", "omp-nogil-static" })
            e.Check($"serial / {variant} at n=1 is about 3 ({Tolerances.AboutText})",
                () => s.Ratio($"serial/{variant}(1)", "cpu_bound", (VariantIds.Serial, null), (variant, 1)), Bound.About(3, Tolerances.About));
    }
}
