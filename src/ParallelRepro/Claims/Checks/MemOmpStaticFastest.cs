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
        NSet Ns() => s.CommonNs(Group, ClaimScope.PaperNs, Static);
        double Best(int n) => Static.Min(v => s.Proc(Group, v, n));
        e.ForEveryN("min(omp static) ≤ serial / 10 at every n (min/serial)", Ns, n => Best(n) / serial, r => r <= 0.1);
        e.ForEveryN("min(omp static) is the smallest time at that n (next fastest / min)", Ns, n => NextFastest(s, n) / Best(n), r => r > 1);
        e.Require("serial / omp (no GIL, static type) at n=1 ≥ 10", "serial/omp-nogil-static(1)", () => serial / s.Proc(Group, "omp-nogil-static", 1), r => r >= 10);
    }

    /// <summary>The fastest other parallel variant at n (serial programs have no n).</summary>
    private static double NextFastest(ClaimScope s, int n)
    {
        var others = s.Cells
            .Where(c => c.Group == Group && c.Workers == n && c.ProcTime is not null && !Static.Contains(c.Variant) && !c.Variant.StartsWith("serial", StringComparison.Ordinal))
            .Select(c => c.ProcTime!.Median).ToArray();
        return others.Length > 0 ? others.Min() : throw new NotTestableException($"no other {Group} variant run at n={n}");
    }
}
