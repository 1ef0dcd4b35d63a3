namespace ParallelRepro.Claims.Checks;

/// <summary>io-omp-like-mt: OpenMP holding the GIL on Python objects behaves like threading on the I/O-bound task.</summary>
internal sealed class IoOmpLikeMt : IMeasuredClaim
{
    public string Id => "io-omp-like-mt";

    public ClaimNeeds Needs { get; } = new(["io_bound"]);

    public void Check(ClaimScope s, Evidence e)
    {
        e.ForEveryN("omp within 30 % of mt at every n ≤ 32 (omp/mt)", () => s.CommonNs("io_bound", ClaimScope.Range(1, 32), "mt", "omp-gil-dynamic"),
            n => s.Ratio($"omp({n})/mt({n})", "io_bound", ("omp-gil-dynamic", n), ("mt", n)), Bound.Within(0.7, 1.3));
    }
}
