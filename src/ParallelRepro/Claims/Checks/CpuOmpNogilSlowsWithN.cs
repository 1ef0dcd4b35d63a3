namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-omp-nogil-slows-with-n: releasing the GIL makes the run slower with more threads, though they run concurrently.</summary>
internal sealed class CpuOmpNogilSlowsWithN : IMeasuredClaim
{
    private const string Variant = "omp-nogil-static";

    public string Id => "cpu-omp-nogil-slows-with-n";

    public ClaimNeeds Needs { get; } = new(["cpu_bound"], MinCores: 3,
        CoresWhy: "the check asks for user CPU / real ≥ 2, which two cores reach only when perfectly busy (the paper had 4)");

    public void Check(ClaimScope s, Evidence e)
    {
        e.Check("proc time at n=8 > 1.5 × at n=1", () => s.Ratio("omp(8)/omp(1)", "cpu_bound", (Variant, 8), (Variant, 1)), Bound.AtLeast(1.5));
        e.Check("user CPU / real at n=8 ≥ 2", () => s.UserOverReal("cpu_bound", Variant, 8), Bound.AtLeast(2));
    }
}
