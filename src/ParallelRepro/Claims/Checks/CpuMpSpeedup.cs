namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-mp-speedup: worker processes run the CPU-bound task in parallel; best mp time ≤ 0.75 × serial.</summary>
internal sealed class CpuMpSpeedup : IMeasuredClaim
{
    public string Id => "cpu-mp-speedup";

    public ClaimNeeds Needs { get; } = new(["cpu_bound"], MinCores: 2, CoresWhy: "processes can only run in parallel on more than one core");

    public void Check(ClaimScope s, Evidence e)
    {
        var serial = s.Serial("cpu_bound");
        e.RequireOverAny("min over n ≥ 2 of mp ≤ 0.75 × serial", "min mp/serial", () => s.Ns("cpu_bound", "mp", ClaimScope.Range(2, 128)),
            ns => ns.Min(n => s.Proc("cpu_bound", "mp", n)) / serial, r => r <= 0.75);
        e.Require("mp at n=4 < mp at n=1", "mp(4)/mp(1)", () => s.Proc("cpu_bound", "mp", 4) / s.Proc("cpu_bound", "mp", 1), r => r < 1);
    }
}
