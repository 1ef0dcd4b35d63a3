using ParallelRepro.Aggregation;
using ParallelRepro.Paper;
using ParallelRepro.Vocabulary;
using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>
/// The paper beside the reproduction: each variant's proc time divided by its group's serial time, against
/// n (log-log). Dashed lines with open markers are the paper (Figures 1, 3-7), solid lines ours. Dividing by
/// serial removes the machine's speed, so the shapes compare directly.
/// </summary>
internal static class PaperComparisonChart
{
    public static FigureRef? Render(FigureSink sink, string name, string title, string group, IReadOnlyList<CellResult> cells)
    {
        var paper = PaperFigures.Bars.Where(b => b.Group == group).ToArray();
        var paperSerial = paper.FirstOrDefault(b => VariantIds.IsBaseline(b.Variant))?.Seconds;
        var ourSerial = cells.FirstOrDefault(c => VariantIds.IsBaseline(c.Variant))?.ProcTime?.Median;
        if (paperSerial is null || ourSerial is not > 0) return null;

        var ours = cells.Where(c => !VariantIds.IsBaseline(c.Variant) && c.ProcTime is not null).ToArray();
        var variants = VariantNames.Sorted(cells.Select(c => c.Variant)).ToList();
        variants.AddRange(VariantNames.Sorted(paper.Select(b => b.Variant)).Except(variants));
        var plot = new Plot();
        var all = new List<double> { 1 };
        var ns = new List<int> { 1 };
        for (var v = 0; v < variants.Count; v++)
        {
            if (VariantIds.IsBaseline(variants[v])) continue;
            var color = PaperPalette.For(v);
            var theirs = paper.Where(b => b.Variant == variants[v]).OrderBy(b => b.Workers).Select(b => (N: b.Workers, Ratio: b.Seconds / paperSerial.Value)).ToArray();
            var mine = ours.Where(c => c.Variant == variants[v]).OrderBy(c => c.Workers).Select(c => (N: c.Workers, Ratio: c.ProcTime!.Median / ourSerial.Value)).ToArray();
            Series(plot, theirs, color, paper: true, VariantIds.IsSerial(variants[v]));
            Series(plot, mine, color, paper: false, VariantIds.IsSerial(variants[v]));
            if (theirs.Length + mine.Length > 0)
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = VariantNames.Legend(variants[v]), LineColor = color, LineWidth = 3, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = color, MarkerLineColor = color });
            all.AddRange(theirs.Concat(mine).Select(p => p.Ratio));
            ns.AddRange(theirs.Concat(mine).Select(p => p.N));
        }
        plot.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dotted);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "the paper (dashed, open)", LineColor = Colors.DimGray, LinePattern = LinePattern.Dashed, LineWidth = 1.5f, MarkerShape = MarkerShape.OpenCircle, MarkerLineColor = Colors.DimGray });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "this run (solid, filled)", LineColor = Colors.DimGray, LineWidth = 2.5f, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = Colors.DimGray, MarkerLineColor = Colors.DimGray });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "serial (= 1)", LineColor = Colors.Gray, LinePattern = LinePattern.Dotted, LineWidth = 1.5f });

        LogAxis.Workers(plot.Axes.Bottom, ns);
        LogAxis.Decades(plot.Axes.Left, all.Min() / 1.5, all.Max() * 1.5, "×");
        plot.Axes.SetLimits(-0.3, LogAxis.Log2(ns.Max()) + 0.3, LogAxis.Log(all.Min() / 1.5), LogAxis.Log(all.Max() * 1.5));
        plot.Title(title);
        plot.XLabel("Number of threads/processes (log scale)");
        plot.YLabel("Proc time / serial proc time (log scale)");
        plot.ShowLegend(Edge.Right);
        return sink.Save(plot, name, $"{title}: each variant's proc time divided by serial's, the paper's (dashed) beside this run's (solid), against the number of threads/processes", height: 480);
    }

    private static void Series(Plot plot, (int N, double Ratio)[] points, Color color, bool paper, bool single)
    {
        if (points.Length == 0) return;
        var line = plot.Add.Scatter(points.Select(p => LogAxis.Log2(p.N)).ToArray(), points.Select(p => LogAxis.Log(p.Ratio)).ToArray(), color);
        line.LineWidth = paper ? 1.5f : 2.5f;
        line.LinePattern = paper ? LinePattern.Dashed : LinePattern.Solid;
        line.MarkerShape = single ? (paper ? MarkerShape.OpenDiamond : MarkerShape.FilledDiamond) : (paper ? MarkerShape.OpenCircle : MarkerShape.FilledCircle);
        line.MarkerSize = single ? 11 : 7;
    }
}
