using ParallelRepro.Vocabulary;

namespace ParallelRepro.Claims.Checks;

/// <summary>mem-mp-speedup: processes with shared-memory matrices speed up matrix multiplication and keep several cores busy.</summary>
internal sealed class MemMpSpeedup : IMeasuredClaim
{
    public string Id => "mem-mp-speedup";

    public ClaimNeeds Needs { get; } = new(["memory_bound"], MinCores: 2, CoresWhy: "processes can only run in parallel on more than one core");

    public void Check(ClaimScope s, Evidence e)
    {
        e.Check($"serial / mp at n=4 is about 2 ({Tolerances.AboutText})", () => s.Ratio("serial/mp(4)", "memory_bound", (VariantIds.Serial, null), ("mp", 4)), Bound.About(2, Tolerances.About));
        var expected = 0.75 * Math.Min(s.LogicalCores, 8);
        e.Check($"user CPU / real at n=8 ≥ 0.75 × min(cores, 8) = {Condition.Format(expected)}", () => s.UserOverReal("memory_bound", "mp", 8), Bound.AtLeast(expected));
    }
}
