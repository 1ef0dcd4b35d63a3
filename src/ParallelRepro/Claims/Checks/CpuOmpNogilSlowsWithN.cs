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
        e.Require("proc time at n=8 > 1.5 × at n=1", "omp(8)/omp(1)", () => s.Proc("cpu_bound", Variant, 8) / s.Proc("cpu_bound", Variant, 1), r => r > 1.5);
        e.Require("user CPU / real at n=8 ≥ 2", "user/real(8)", () => s.UserOverReal("cpu_bound", Variant, 8), r => r >= 2);
    }
}
