using ParallelRepro.Vocabulary;

namespace ParallelRepro.Claims.Checks;

/// <summary>
/// cpu-mp-speedup: worker processes run the CPU-bound task in parallel; the best mp time is "about half" the serial
/// time (the paper: 0.54). Two-sided: best mp/serial within a factor 1.5 of 0.5, [0.33, 0.75] (see Tolerances).
/// </summary>
internal sealed class CpuMpSpeedup : IMeasuredClaim
{
    public string Id => "cpu-mp-speedup";

    public ClaimNeeds Needs { get; } = new(["cpu_bound"], MinCores: 2, CoresWhy: "processes can only run in parallel on more than one core");

    public void Check(ClaimScope s, Evidence e)
    {
        e.ForSomeN($"best mp/serial over n ≥ 2 is about 0.5 ({Tolerances.AboutText})", () => s.Ns("cpu_bound", "mp", ClaimScope.Range(2, 128)),
            n => s.Ratio($"mp({n})/serial", "cpu_bound", ("mp", n), (VariantIds.Serial, null)), Bound.About(0.5, Tolerances.About));
        e.Check("mp at n=4 < mp at n=1", () => s.Ratio("mp(4)/mp(1)", "cpu_bound", ("mp", 4), ("mp", 1)), Bound.AtMost(1));
    }
}
