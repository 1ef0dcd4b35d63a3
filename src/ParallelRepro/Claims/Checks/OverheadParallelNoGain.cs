namespace ParallelRepro.Claims.Checks;

/// <summary>overhead-parallel-no-gain: for a light task parallel variants bring only overhead, growing with n.</summary>
internal sealed class OverheadParallelNoGain : IMeasuredClaim
{
    private static readonly string[] Parallel = ["mt", "mp", "omp"];

    public string Id => "overhead-parallel-no-gain";

    public ClaimNeeds Needs { get; } = new(["overhead"], MinCores: 2, CoresWhy: "on one core no variant can beat serial, so the claim would hold trivially");

    public void Check(ClaimScope s, Evidence e)
    {
        var serial = s.Serial("overhead");
        foreach (var variant in Parallel)
        {
            e.ForEveryN($"{variant} ≥ serial at every n ≥ 2 ({variant}/serial)", () => s.Ns("overhead", variant, ClaimScope.Range(2, 128)), n => s.Proc("overhead", variant, n) / serial, r => r >= 1);
        }
        e.Require("mt at n=128 > mt at n=1", "mt(128)/mt(1)", () => s.Proc("overhead", "mt", 128) / s.Proc("overhead", "mt", 1), r => r > 1);
        e.Require("mp at n=128 > mp at n=1", "mp(128)/mp(1)", () => s.Proc("overhead", "mp", 128) / s.Proc("overhead", "mp", 1), r => r > 1);
    }
}
