using ParallelRepro.Paper;

namespace ParallelRepro.Claims;

/// <summary>The paper's own Table 2 as an effort table: what the self-check of the effort claim reads.</summary>
internal sealed class PaperEffortTable : IEffortTable
{
    public string Source => "the paper's Table 2";

    public EffortFigures? Find(string group, string variant)
        => PaperEffort.Rows.FirstOrDefault(r => r.Group == group && r.Variant == variant) is { } r
            ? new EffortFigures(r.Loc, r.McCabe, r.L, r.M, r.I, r.C, r.E, r.D)
            : null;
}
