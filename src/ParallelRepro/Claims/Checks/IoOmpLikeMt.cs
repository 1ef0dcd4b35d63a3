namespace ParallelRepro.Claims.Checks;

/// <summary>io-omp-like-mt: OpenMP holding the GIL on Python objects behaves like threading on the I/O-bound task.</summary>
internal sealed class IoOmpLikeMt : IMeasuredClaim
{
    public string Id => "io-omp-like-mt";

    public ClaimNeeds Needs { get; } = new(["io_bound"]);

    public void Check(ClaimScope s, Evidence e)
    {
        e.ForEveryN("|omp − mt| / mt ≤ 0.3 at every n ≤ 32", () => s.CommonNs("io_bound", ClaimScope.Range(1, 32), "mt", "omp-gil-dynamic"), n =>
        {
            var mt = s.Proc("io_bound", "mt", n);
            return Math.Abs(s.Proc("io_bound", "omp-gil-dynamic", n) - mt) / mt;
        }, r => r <= 0.3);
    }
}
