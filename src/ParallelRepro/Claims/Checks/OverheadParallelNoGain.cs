using ParallelRepro.Vocabulary;

namespace ParallelRepro.Claims.Checks;

/// <summary>overhead-parallel-no-gain: for a light task parallel variants bring only overhead, growing with n.</summary>
internal sealed class OverheadParallelNoGain : IMeasuredClaim
{
    private static readonly string[] Parallel = ["mt", "mp", "omp"];

    public string Id => "overhead-parallel-no-gain";

    public ClaimNeeds Needs { get; } = new(["overhead"], MinCores: 2, CoresWhy: "on one core no variant can beat serial, so the claim would hold trivially");

    public void Check(ClaimScope s, Evidence e)
    {
        foreach (var variant in Parallel)
            e.ForEveryN($"{variant} ≥ serial at every n ≥ 2 ({variant}/serial)", () => s.Ns("overhead", variant, ClaimScope.Range(2, 128)),
                n => s.Ratio($"{variant}({n})/serial", "overhead", (variant, n), (VariantIds.Serial, null)), Bound.AtLeast(1));
        foreach (var variant in new[] { "mt", "mp" })
            e.Check($"{variant} at n=128 > {variant} at n=1", () => s.Ratio($"{variant}(128)/{variant}(1)", "overhead", (variant, 128), (variant, 1)), Bound.AtLeast(1));
    }
}
