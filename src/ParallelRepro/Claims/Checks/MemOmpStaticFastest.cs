using ParallelRepro.Vocabulary;

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
        NSet Ns() => s.CommonNs(Group, ClaimScope.PaperNs, Static);
        string Best(int n) => Static.MinBy(v => s.Proc(Group, v, n))!;
        e.ForEveryN("min(omp static) ≤ serial / 10 at every n (min/serial)", Ns,
            n => s.Ratio($"{Best(n)}({n})/serial", Group, (Best(n), n), (VariantIds.Serial, null)), Bound.AtMost(0.1));
        e.ForEveryN("min(omp static) is the smallest time at that n (next fastest / min)", Ns,
            n => s.Ratio($"{NextFastest(s, n)}({n})/{Best(n)}({n})", Group, (NextFastest(s, n), n), (Best(n), n)), Bound.AtLeast(1));
        e.Check($"serial / omp (no GIL, static type) at n=1 is about 40 ({Tolerances.AboutText})",
            () => s.Ratio("serial/omp-nogil-static(1)", Group, (VariantIds.Serial, null), ("omp-nogil-static", 1)), Bound.About(40, Tolerances.About));
    }

    /// <summary>The fastest other parallel variant at n, by median (serial programs have no n).</summary>
    private static string NextFastest(ClaimScope s, int n)
        => s.Cells
            .Where(c => c.Group == Group && c.Workers == n && c.ProcTime is not null && !Static.Contains(c.Variant) && !VariantIds.IsSerial(c.Variant))
            .MinBy(c => c.ProcTime!.Median)?.Variant ?? throw new NotTestableException($"no other {Group} variant run at n={n}");
}
