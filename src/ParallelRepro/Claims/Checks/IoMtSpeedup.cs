namespace ParallelRepro.Claims.Checks;

/// <summary>io-mt-speedup: threads release the GIL while waiting on the network; time drops nearly as 1/n up to 16.</summary>
internal sealed class IoMtSpeedup : IMeasuredClaim
{
    public string Id => "io-mt-speedup";

    // Threads waiting on I/O overlap on any number of cores.
    public ClaimNeeds Needs { get; } = new(["io_bound"]);

    public void Check(ClaimScope s, Evidence e)
    {
        double Mt(int n) => s.Proc("io_bound", "mt", n);
        // Every step of the series is named, so each of n = 1..16 must have been run.
        e.ForEveryN("mt strictly decreases over n = 1,2,4,8,16 (mt(n)/mt(n/2))", () => new NSet([2, 4, 8, 16], []), n => Mt(n) / Mt(n / 2), r => r < 1);
        e.Require("mt at n=16 ≤ 0.25 × mt at n=1", "mt(16)/mt(1)", () => Mt(16) / Mt(1), r => r <= 0.25);
        e.Require("serial / mt at n=8 ≥ 4", "serial/mt(8)", () => s.Serial("io_bound") / Mt(8), r => r >= 4);
    }
}
