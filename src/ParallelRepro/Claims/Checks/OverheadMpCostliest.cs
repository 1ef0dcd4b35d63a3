namespace ParallelRepro.Claims.Checks;

/// <summary>overhead-mp-costliest: for the light task, processes cost an order of magnitude more than threads or OpenMP.</summary>
internal sealed class OverheadMpCostliest : IMeasuredClaim
{
    public string Id => "overhead-mp-costliest";

    // Process start-up and IPC cost time on any number of cores.
    public ClaimNeeds Needs { get; } = new(["overhead"]);

    public void Check(ClaimScope s, Evidence e)
    {
        // Against the slower of mt and omp at each n (by median): "mp ≥ 5 × max(mt, omp)".
        e.ForEveryN("mp ≥ 5 × max(mt, omp) at every n (mp / max)", () => s.CommonNs("overhead", ClaimScope.PaperNs, "mp", "mt", "omp"), n =>
        {
            var slower = s.Proc("overhead", "mt", n) >= s.Proc("overhead", "omp", n) ? "mt" : "omp";
            return s.Ratio($"mp({n})/{slower}({n})", "overhead", ("mp", n), (slower, n));
        }, Bound.AtLeast(5));
    }
}
