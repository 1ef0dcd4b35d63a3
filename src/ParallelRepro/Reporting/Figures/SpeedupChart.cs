using ParallelRepro.Aggregation;
using ParallelRepro.Vocabulary;
using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>
/// Speedup over serial against n, one line per variant (log-log), with the ideal speedup and, for cpu_bound, the
/// n²/(2n−1) ceiling that contiguous chunks of a triangular loop put on any speedup. The ideal is min(n, cores) for
/// work that needs a core; I/O-bound workers mostly wait, so theirs is n (waits overlap however few the cores).
/// Error bars are the 95 % interval of the median ratio, which with few runs may reach beyond the runs themselves:
/// the legend says so.
/// </summary>
internal static class SpeedupChart
{
    public static FigureRef Render(FigureSink sink, string name, string title, string group, IReadOnlyList<CellResult> cells, int cores)
    {
        var plot = new Plot();
        var variants = VariantNames.Sorted(cells.Select(c => c.Variant)).ToArray();
        var measured = cells.Where(c => c.Speedup is > 0 && !VariantIds.IsBaseline(c.Variant)).ToArray();
        var ns = cells.Select(c => c.Workers).Append(1).Distinct().Order().ToArray();
        var maxN = ns.Max();
        var (ideal, idealLabel) = Ideal(group, cores);
        var values = measured.SelectMany(c => new[] { c.Speedup!.Value, c.SpeedupLow ?? c.Speedup.Value, c.SpeedupHigh ?? c.Speedup.Value }).Where(v => v > 0)
            .Append(1).Append(ideal(maxN)).ToArray();

        var curve = Enumerable.Range(0, 101).Select(i => Math.Pow(2, LogAxis.Log2(maxN) * i / 100.0)).ToArray();
        Line(plot, curve, ideal, Colors.Black, LinePattern.Dashed, idealLabel);
        if (group == "cpu_bound")
            Line(plot, curve, n => n * n / (2 * n - 1), Colors.Gray, LinePattern.Dotted, "ceiling of contiguous chunks: n²/(2n−1)");

        for (var v = 0; v < variants.Length; v++)
        {
            var mine = measured.Where(c => c.Variant == variants[v]).OrderBy(c => c.Workers).ToArray();
            if (mine.Length == 0) continue;
            var xs = mine.Select(c => LogAxis.Log2(c.Workers)).ToArray();
            var ys = mine.Select(c => LogAxis.Log(c.Speedup!.Value)).ToArray();
            var line = plot.Add.Scatter(xs, ys, PaperPalette.For(v));
            line.LegendText = VariantNames.Legend(variants[v]);
            line.LineWidth = 2;
            line.MarkerSize = VariantIds.IsSerial(variants[v]) ? 11 : 7;
            if (VariantIds.IsSerial(variants[v])) line.MarkerShape = MarkerShape.FilledDiamond;
            var errors = plot.Add.ErrorBar(xs, ys, ys.Select(_ => 0.0).ToArray());
            errors.YErrorPositive = mine.Select((c, i) => LogAxis.Log(c.SpeedupHigh ?? c.Speedup!.Value) - ys[i]).ToArray();
            errors.YErrorNegative = mine.Select((c, i) => ys[i] - LogAxis.Log(c.SpeedupLow ?? c.Speedup!.Value)).ToArray();
            errors.Color = PaperPalette.For(v);
        }
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartStyle.MedianInterval, LineColor = Colors.DimGray, LineWidth = 1 });

        LogAxis.Workers(plot.Axes.Bottom, ns);
        LogAxis.Decades(plot.Axes.Left, values.Min() / 1.5, values.Max() * 1.5, "×");
        plot.Axes.SetLimits(-0.3, LogAxis.Log2(maxN) + 0.3, LogAxis.Log(values.Min() / 1.5), LogAxis.Log(values.Max() * 1.5));
        plot.Title(title);
        plot.XLabel("Number of threads/processes (log scale)");
        plot.YLabel("Speedup over serial (log scale)");
        plot.ShowLegend(Edge.Right);
        return sink.Save(plot, name, $"{title}: speedup over serial against the number of threads/processes for each variant (error bars: the 95% interval of the median speedup), with the {idealLabel}{(group == "cpu_bound" ? " and the n²/(2n−1) ceiling of the triangular work split" : "")}");
    }

    private static (Func<double, double> Speedup, string Label) Ideal(string group, int cores)
        => group == "io_bound"
            ? (n => n, "ideal for waiting workers: n")
            : (n => Math.Min(n, Math.Max(1, cores)), $"ideal: min(n, {cores} cores)");

    private static void Line(Plot plot, double[] ns, Func<double, double> speedup, Color color, LinePattern pattern, string label)
    {
        var line = plot.Add.ScatterLine(ns.Select(Math.Log2).ToArray(), ns.Select(n => LogAxis.Log(speedup(n))).ToArray(), color);
        line.LinePattern = pattern;
        line.LineWidth = 1.5f;
        line.LegendText = label;
    }
}
