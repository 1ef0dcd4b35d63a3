namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-mt-worse-with-n: threaded CPU-bound time grows with the number of threads.</summary>
internal sealed class CpuMtWorseWithN : IMeasuredClaim
{
    public string Id => "cpu-mt-worse-with-n";

    public ClaimNeeds Needs { get; } = new(["cpu_bound"], MinCores: 2, CoresWhy: "GIL hand-offs between threads on different cores are the cost the claim is about");

    public void Check(ClaimScope s, Evidence e)
    {
        var one = s.Proc("cpu_bound", "mt", 1);
        e.Require("mt at n=8 ≥ 1.1 × mt at n=1", "mt(8)/mt(1)", () => s.Proc("cpu_bound", "mt", 8) / one, r => r >= 1.1);
        e.RequireOverAny("max over n ≥ 4 of mt > mt at n=1", "max mt(n≥4)/mt(1)", () => s.Ns("cpu_bound", "mt", ClaimScope.Range(4, 128)),
            ns => ns.Max(n => s.Proc("cpu_bound", "mt", n)) / one, r => r > 1);
    }
}
