namespace ParallelRepro.Claims.Checks;

/// <summary>mem-omp-static-fastest: statically typed Cython/OpenMP is by far the fastest matrix multiplication.</summary>
internal sealed class MemOmpStaticFastest : IMeasuredClaim
{
    private const string Group = "memory_bound";
    private static readonly string[] Static = ["omp-nogil-static", "omp-gil-static"];

    public string Id => "mem-omp-static-fastest";

    public ClaimNeeds Needs { get; } = new([Group]);

    public void Check(ClaimScope s, Evidence e)
    {
        var serial = s.Serial(Group);
        var ns = s.CommonNs(Group, ClaimScope.PaperNs, Static);
        double Best(int n) => Static.Min(v => s.Proc(Group, v, n));
        e.ForEveryN("min(omp static) ≤ serial / 10 at every n (min/serial)", ns, n => Best(n) / serial, r => r <= 0.1);
        double NextFastest(int n) => s.Cells
            .Where(c => c.Group == Group && c.Workers == n && c.ProcTime is not null && !Static.Contains(c.Variant) && !c.Variant.StartsWith("serial", StringComparison.Ordinal))
            .Select(c => c.ProcTime!.Median).DefaultIfEmpty(double.NaN).Min();
        var compared = new NSet(ns.Where(n => !double.IsNaN(NextFastest(n))).ToArray(), ns.Missing);
        if (compared.Run.Count == 0) throw new NotTestableException($"no other {Group} variant run at the n of omp static");
        e.ForEveryN("min(omp static) is the smallest time at that n (next fastest / min)", compared, n => NextFastest(n) / Best(n), r => r > 1);
        e.Require("serial / omp (no GIL, static type) at n=1 ≥ 10", "serial/omp-nogil-static(1)", serial / s.Proc(Group, "omp-nogil-static", 1), r => r >= 10);
    }
}
