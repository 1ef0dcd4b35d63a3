using ParallelRepro.Aggregation;

namespace ParallelRepro.Publishing;

/// <summary>A cell of the matrix, the same on both commits.</summary>
internal sealed record CellKey(string Runner, string Runtime, int Cores, string Group, string Variant, int Workers)
{
    public static CellKey Of(CellResult c) => new(c.Runner, c.Runtime, c.Cores, c.Group, c.Variant, c.Workers);

    public override string ToString()
        => $"{Runner} · {Runtime} · {(Cores == 0 ? "all cores" : $"{Cores} core(s)")} · {Group}.{Variant} n={Workers}";
}

/// <summary>A cell whose median proc time moved between the base commit and this one.</summary>
internal sealed record MovedCell(CellKey Key, double BaseMedian, double Median, string Evidence)
{
    /// <summary>This commit's median over the base's: above 1 is slower.</summary>
    public double Ratio => Median / BaseMedian;
}

/// <summary>What a comparison with the base commit found.</summary>
internal sealed record ComparisonResult(int Compared, int OnlyHere, int OnlyInBase, IReadOnlyList<MovedCell> Moved);

/// <summary>
/// Which cells moved versus the base commit. A cell moved when the ratio of medians is at least the
/// minimum effect (10 % slower, or as much faster) AND the change is significant: Mann-Whitney U on
/// both commits' run times when the samples are big enough for the test to reach alpha at all
/// (3 runs against 3 can never go below p = 0.1), else disjoint 95 % intervals of the medians.
/// Both are needed: with many runs a 1 % change is significant, and with few a 30 % change can be noise.
/// </summary>
internal static class CellComparison
{
    public const double MinimumEffect = 0.10;
    public const double Alpha = 0.05;

    public static ComparisonResult Compare(Results current, Results baseline)
    {
        var before = baseline.Cells.Where(c => c.ProcTime is not null).ToDictionary(CellKey.Of);
        var now = current.Cells.Where(c => c.ProcTime is not null).ToDictionary(CellKey.Of);
        var moved = new List<MovedCell>();
        foreach (var (key, cell) in now)
        {
            if (!before.TryGetValue(key, out var old)) continue;
            if (Moved(old, cell) is { } evidence)
                moved.Add(new MovedCell(key, old.ProcTime!.Median, cell.ProcTime!.Median, evidence));
        }
        var common = now.Keys.Count(before.ContainsKey);
        return new ComparisonResult(common, now.Count - common, before.Count - common,
            moved.OrderByDescending(m => Math.Abs(Math.Log(m.Ratio))).ThenBy(m => m.Key.ToString(), StringComparer.Ordinal).ToArray());
    }

    /// <summary>The evidence that the cell moved, or null when it did not.</summary>
    internal static string? Moved(CellResult baseline, CellResult current)
    {
        var (b, c) = (baseline.ProcTime!, current.ProcTime!);
        if (b.Median <= 0 || c.Median <= 0) return null;
        var ratio = c.Median / b.Median;
        if (ratio < 1 + MinimumEffect && ratio > 1 / (1 + MinimumEffect)) return null;

        if (baseline.ProcTimesS is { Count: > 0 } x && current.ProcTimesS is { Count: > 0 } y && MannWhitney.MinimumP(x.Count, y.Count) <= Alpha)
        {
            var p = MannWhitney.PValue(y, x);
            return p <= Alpha ? FormattableString.Invariant($"Mann-Whitney U p={p:0.###} ({x.Count} vs {y.Count} runs)") : null;
        }
        var disjoint = c.CiLow > b.CiHigh || c.CiHigh < b.CiLow;
        return disjoint ? "95% median intervals disjoint" : null;
    }
}
