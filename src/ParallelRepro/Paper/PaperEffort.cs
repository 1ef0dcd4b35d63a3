namespace ParallelRepro.Paper;

/// <summary>A row of the paper's Table 2. Serial rows carry absolute LOC/McCabe; parallel rows the increments and D.</summary>
public sealed record PaperEffortRow(string Group, string Variant, int? Loc, int? McCabe, int? L, int? M, int? I, int? C, int? E, int? D, int? DFormula);

/// <summary>The paper's Table 2 (incremental development effort), variants mt, mp and omp per group.</summary>
internal static class PaperEffort
{
    private static readonly Lazy<IReadOnlyList<PaperEffortRow>> Loaded = new(Load);

    public static IReadOnlyList<PaperEffortRow> Rows => Loaded.Value;

    private static IReadOnlyList<PaperEffortRow> Load()
    {
        using var doc = PaperResources.Open("table2");
        return doc.RootElement.GetProperty("rows").EnumerateArray().Select(r => new PaperEffortRow(
            r.GetProperty("group").GetString()!, r.GetProperty("variant").GetString()!,
            r.OptionalInt("absolute_LOC"), r.OptionalInt("absolute_McCabe"),
            r.OptionalInt("L"), r.OptionalInt("M"), r.OptionalInt("I"), r.OptionalInt("C"), r.OptionalInt("E"),
            r.OptionalInt("D"), r.OptionalInt("D_formula"))).ToArray();
    }
}
