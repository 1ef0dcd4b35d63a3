namespace ParallelRepro.Claims.Checks;

/// <summary>overhead-mp-costliest: for the light task, processes cost an order of magnitude more than threads or OpenMP.</summary>
internal sealed class OverheadMpCostliest : IMeasuredClaim
{
    public string Id => "overhead-mp-costliest";

    // Process start-up and IPC cost time on any number of cores.
    public ClaimNeeds Needs { get; } = new(["overhead"]);

    public void Check(ClaimScope s, Evidence e)
    {
        e.ForEveryN("mp ≥ 5 × max(mt, omp) at every n (mp / max)", () => s.CommonNs("overhead", ClaimScope.PaperNs, "mp", "mt", "omp"), n =>
            s.Proc("overhead", "mp", n) / Math.Max(s.Proc("overhead", "mt", n), s.Proc("overhead", "omp", n)), r => r >= 5);
    }
}
