using ParallelRepro.Vocabulary;

namespace ParallelRepro.Claims.Checks;

/// <summary>mem-static-vs-dynamic-typing: static typing alone explains the memory-bound gap.</summary>
internal sealed class MemStaticVsDynamicTyping : IMeasuredClaim
{
    public string Id => "mem-static-vs-dynamic-typing";

    // Single-threaded comparisons: cores do not matter.
    public ClaimNeeds Needs { get; } = new(["memory_bound"]);

    public void Check(ClaimScope s, Evidence e)
    {
        e.Check($"serial / serial (static type) is about 39 ({Tolerances.AboutText})",
            () => s.Ratio("serial/serial-static", "memory_bound", (VariantIds.Serial, null), ("serial-static", null)), Bound.About(39, Tolerances.About));
        e.Check("omp (GIL, dynamic type) at n=1 ≥ 0.9 × serial",
            () => s.Ratio("omp-gil-dynamic(1)/serial", "memory_bound", ("omp-gil-dynamic", 1), (VariantIds.Serial, null)), Bound.AtLeast(0.9));
    }
}
