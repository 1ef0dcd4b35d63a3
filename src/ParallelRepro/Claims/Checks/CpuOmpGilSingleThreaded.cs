namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-omp-gil-single-threaded: OpenMP with the GIL held in the loop behaves as one thread.</summary>
internal sealed class CpuOmpGilSingleThreaded : IMeasuredClaim
{
    private const string Variant = "omp-gil-static";

    public string Id => "cpu-omp-gil-single-threaded";

    public ClaimNeeds Needs { get; } = new(["cpu_bound"], MinCores: 2, CoresWhy: "on one core every variant looks single-threaded");

    public void Check(ClaimScope s, Evidence e)
    {
        e.Check("slowest ≤ 1.15 × fastest over n (proc time)", () => s.Spread("cpu_bound", Variant, s.Ns("cpu_bound", Variant, ClaimScope.PaperNs)), Bound.AtMost(1.15));
        e.Check("user CPU / real at n=8 ≤ 1.3", () => s.UserOverReal("cpu_bound", Variant, 8), Bound.AtMost(1.3));
    }
}
