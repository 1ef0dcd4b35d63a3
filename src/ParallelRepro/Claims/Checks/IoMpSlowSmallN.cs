namespace ParallelRepro.Claims.Checks;

/// <summary>io-mp-slow-small-n: processes gain little on the I/O-bound task below 8, and match threads from 16.</summary>
internal sealed class IoMpSlowSmallN : IMeasuredClaim
{
    public string Id => "io-mp-slow-small-n";

    public ClaimNeeds Needs { get; } = new(["io_bound"]);

    public void Check(ClaimScope s, Evidence e)
    {
        Measured MpOverMt(int n) => s.Ratio($"mp({n})/mt({n})", "io_bound", ("mp", n), ("mt", n));
        e.ForEveryN("mp ≥ 1.5 × mt for n in {2,4,8} (mp/mt)", () => s.CommonNs("io_bound", [2, 4, 8], "mt", "mp"), MpOverMt, Bound.AtLeast(1.5));
        e.ForEveryN("mp ≤ 2 × mt for n in {16,32,64} (mp/mt)", () => s.CommonNs("io_bound", [16, 32, 64], "mt", "mp"), MpOverMt, Bound.AtMost(2));
    }
}
