namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-mt-worse-with-n: threaded CPU-bound time grows as threads are added (GIL hand-offs).</summary>
internal sealed class CpuMtWorseWithN : IMeasuredClaim
{
    public string Id => "cpu-mt-worse-with-n";

    public ClaimNeeds Needs { get; } = new(["cpu_bound"], MinCores: 2, CoresWhy: "GIL hand-offs between threads on different cores are the cost the claim is about");

    public void Check(ClaimScope s, Evidence e)
    {
        e.Check("mt at n=8 ≥ 1.1 × mt at n=1", () => s.Ratio("mt(8)/mt(1)", "cpu_bound", ("mt", 8), ("mt", 1)), Bound.AtLeast(1.1));
        e.ForSomeN("mt at some n ≥ 4 > mt at n=1", () => s.Ns("cpu_bound", "mt", ClaimScope.Range(4, 128)),
            n => s.Ratio($"mt({n})/mt(1)", "cpu_bound", ("mt", n), ("mt", 1)), Bound.AtLeast(1));
    }
}
