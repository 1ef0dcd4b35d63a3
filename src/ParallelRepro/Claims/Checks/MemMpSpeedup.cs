namespace ParallelRepro.Claims.Checks;

/// <summary>mem-mp-speedup: processes with shared-memory matrices speed up matrix multiplication and keep several cores busy.</summary>
internal sealed class MemMpSpeedup : IMeasuredClaim
{
    public string Id => "mem-mp-speedup";

    public ClaimNeeds Needs { get; } = new(["memory_bound"], MinCores: 2, CoresWhy: "processes can only run in parallel on more than one core");

    public void Check(ClaimScope s, Evidence e)
    {
        e.Require("mp at n=4 ≤ 0.6 × serial", "mp(4)/serial", () => s.Proc("memory_bound", "mp", 4) / s.Serial("memory_bound"), r => r <= 0.6);
        var expected = 0.75 * Math.Min(s.LogicalCores, 8);
        e.Require($"user CPU / real at n=8 ≥ 0.75 × min(cores, 8) = {Condition.Format(expected)}", "user/real(8)", () => s.UserOverReal("memory_bound", "mp", 8), r => r >= expected);
    }
}
