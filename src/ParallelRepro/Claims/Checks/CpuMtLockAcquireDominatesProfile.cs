namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-mt-lock-acquire-dominates-profile: cProfile of threaded CPU-bound code at n=128 is topped by lock acquire (Figure 2).</summary>
internal sealed class CpuMtLockAcquireDominatesProfile : ISourceClaim
{
    public string Id => "cpu-mt-lock-acquire-dominates-profile";

    public void Check(ClaimInputs inputs, Evidence e)
    {
        var profile = inputs.Profiles.FirstOrDefault(p => p is { Group: "cpu_bound", Variant: "mt", Workers: 128 })
            ?? throw new NotTestableException("no cProfile run of cpu_bound.mt at n=128 (run 'repro profile cpu_bound.mt --n 128')");
        if (profile.Top.Count == 0 || profile.ProcTimeS is not > 0)
            throw new NotTestableException("the cProfile run of cpu_bound.mt recorded no entries or no proc time");
        var top = profile.Top.MaxBy(t => t.Tottime)!;
        var isAcquire = top.Function.Contains("acquire", StringComparison.Ordinal) && top.Function.Contains("lock", StringComparison.Ordinal);
        e.Require($"the top entry by tottime is lock acquire (it is: {top.Function})", "top tottime (s)", () => top.Tottime, _ => isAcquire);
        e.Require("its tottime ≥ 50 % of proc() wall time", "tottime/proc", () => top.Tottime / profile.ProcTimeS.Value, r => r >= 0.5);
    }
}
