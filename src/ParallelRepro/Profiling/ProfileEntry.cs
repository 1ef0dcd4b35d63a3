namespace ParallelRepro.Profiling;

/// <summary>One row of a cProfile table, as the paper's Figure 2 shows them.</summary>
public sealed record ProfileEntry(long Ncalls, long PrimitiveCalls, double Tottime, double Cumtime, string Function)
{
    public double PercallTottime => Ncalls == 0 ? 0 : Tottime / Ncalls;
    public double PercallCumtime => PrimitiveCalls == 0 ? 0 : Cumtime / PrimitiveCalls;
}

/// <summary>The content of <c>artifacts/profiles/&lt;group&gt;.&lt;variant&gt;-n&lt;N&gt;.json</c>.</summary>
public sealed record ProfileResult(
    string Group, string Variant, int Workers, string Runtime, string Profile,
    double? ProcTimeS, double TotalTottime, IReadOnlyList<ProfileEntry> Top)
{
    /// <summary>What was profiled (sources, data, interpreter, program, n): an unchanged key means the profile is still valid.</summary>
    public string? Key { get; init; }
}
