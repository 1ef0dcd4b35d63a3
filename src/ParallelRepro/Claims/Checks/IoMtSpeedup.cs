using ParallelRepro.Vocabulary;

namespace ParallelRepro.Claims.Checks;

/// <summary>io-mt-speedup: threads release the GIL while waiting on the network; time drops nearly as 1/n up to 16.</summary>
internal sealed class IoMtSpeedup : IMeasuredClaim
{
    public string Id => "io-mt-speedup";

    // Threads waiting on I/O overlap on any number of cores.
    public ClaimNeeds Needs { get; } = new(["io_bound"]);

    public void Check(ClaimScope s, Evidence e)
    {
        Measured Mt(int n, int m) => s.Ratio($"mt({n})/mt({m})", "io_bound", ("mt", n), ("mt", m));
        // Every step of the series is named, so each of n = 1..16 must have been run.
        e.ForEveryN("mt strictly decreases over n = 1,2,4,8,16 (mt(n)/mt(n/2))", () => new NSet([2, 4, 8, 16], []), n => Mt(n, n / 2), Bound.AtMost(1));
        e.Check("mt at n=16 ≤ 0.25 × mt at n=1", () => Mt(16, 1), Bound.AtMost(0.25));
        e.Check("serial / mt at n=8 ≥ 4", () => s.Ratio("serial/mt(8)", "io_bound", (VariantIds.Serial, null), ("mt", 8)), Bound.AtLeast(4));
    }
}
