using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>One report's headline speedups, for the trend across commits.</summary>
internal sealed record TrendPoint(string Label, IReadOnlyDictionary<string, double> Speedups);

/// <summary>The best speedup over serial of each program, commit after commit (oldest left), log scale.</summary>
internal static class TrendChart
{
    private const int MaxLabels = 7; // commit names side by side, unrotated, within the plot's width

    public static FigureRef? Render(FigureSink sink, string name, IReadOnlyList<TrendPoint> points)
    {
        var groups = points.SelectMany(p => p.Speedups.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var values = points.SelectMany(p => p.Speedups.Values).Where(v => v > 0).ToArray();
        if (values.Length == 0) return null;
        var plot = new Plot();
        for (var g = 0; g < groups.Length; g++)
        {
            var mine = points.Select((p, i) => (i, v: p.Speedups.GetValueOrDefault(groups[g]))).Where(p => p.v > 0).ToArray();
            var line = plot.Add.Scatter(mine.Select(p => (double)p.i).ToArray(), mine.Select(p => LogAxis.Log(p.v)).ToArray(), PaperPalette.For(g));
            line.LegendText = groups[g];
            line.LineWidth = 2;
            line.MarkerSize = points.Count > 60 ? 0 : 6;
        }
        // Label a few commits so the names stay legible however long the history.
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / (double)MaxLabels));
        var ticks = Enumerable.Range(0, points.Count).Where(i => i % every == 0 || (i == points.Count - 1 && i % every >= every / 2)).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(i => (double)i).ToArray(), ticks.Select(i => points[i].Label).ToArray());
        LogAxis.Decades(plot.Axes.Left, values.Min() / 1.5, values.Max() * 1.5, "×");
        plot.Axes.SetLimits(-0.5, points.Count - 0.5, LogAxis.Log(values.Min() / 1.5), LogAxis.Log(values.Max() * 1.5));
        plot.Title("Best speedup over serial per program, by commit");
        plot.XLabel("Commit (oldest left)");
        plot.YLabel("Best speedup over serial (log scale)");
        plot.ShowLegend(Edge.Right);
        return sink.Save(plot, name, "Best speedup over serial of each program for each commit, oldest on the left, on a log scale");
    }
}
