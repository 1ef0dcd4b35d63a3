using ParallelRepro.Vocabulary;

namespace ParallelRepro.Claims.Checks;

/// <summary>mem-mt-approx-serial: threads, and OpenMP holding the GIL on Python objects, are no faster than serial.</summary>
internal sealed class MemMtApproxSerial : IMeasuredClaim
{
    public string Id => "mem-mt-approx-serial";

    public ClaimNeeds Needs { get; } = new(["memory_bound"], MinCores: 2, CoresWhy: "on one core nothing can be faster than serial, so the claim would hold trivially");

    public void Check(ClaimScope s, Evidence e)
    {
        foreach (var variant in new[] { "mt", "omp-gil-dynamic" })
            e.ForEveryN($"{variant} ≥ 0.9 × serial at every n ({variant}/serial)", () => s.Ns("memory_bound", variant, ClaimScope.PaperNs),
                n => s.Ratio($"{variant}({n})/serial", "memory_bound", (variant, n), (VariantIds.Serial, null)), Bound.AtLeast(0.9));
    }
}
