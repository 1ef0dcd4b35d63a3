namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-omp-gil-single-threaded: OpenMP with the GIL held in the loop behaves as one thread.</summary>
internal sealed class CpuOmpGilSingleThreaded : IMeasuredClaim
{
    private const string Variant = "omp-gil-static";

    public string Id => "cpu-omp-gil-single-threaded";

    public ClaimNeeds Needs { get; } = new(["cpu_bound"], MinCores: 2, CoresWhy: "on one core every variant looks single-threaded");

    public void Check(ClaimScope s, Evidence e)
    {
        e.RequireOverAll("max over n ≤ 1.15 × min over n of proc time", "max/min", () => s.Ns("cpu_bound", Variant, ClaimScope.PaperNs), ns =>
        {
            if (ns.Run.Count < 2) throw new NotTestableException($"cpu_bound.{Variant} run at one n only; 'does not change with n' needs two");
            var times = ns.Select(n => s.Proc("cpu_bound", Variant, n)).ToArray();
            return times.Max() / times.Min();
        }, r => r <= 1.15);
        e.Require("user CPU / real at n=8 ≤ 1.3", "user/real(8)", () => s.UserOverReal("cpu_bound", Variant, 8), r => r <= 1.3);
    }
}
