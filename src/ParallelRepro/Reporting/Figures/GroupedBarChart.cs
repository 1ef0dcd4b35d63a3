using System.Globalization;
using ParallelRepro.Aggregation;
using ParallelRepro.Vocabulary;
using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>
/// The paper's bar chart: x categories "serial" then each n; within a category one bar per variant;
/// y = median proc time, with the 95 % interval of the median as an error bar.
/// </summary>
internal static class GroupedBarChart
{
    public static FigureRef Render(FigureSink sink, string name, string title, IReadOnlyList<CellResult> cells)
    {
        var plot = new Plot();
        var variants = VariantNames.Sorted(cells.Select(c => c.Variant)).ToArray();
        var serialVariants = variants.Where(VariantIds.IsSerial).ToArray();
        var workers = cells.Where(c => !VariantIds.IsSerial(c.Variant)).Select(c => c.Workers).Distinct().Order().ToArray();
        var categories = (serialVariants.Length > 0 ? ["serial"] : Array.Empty<string>())
            .Concat(workers.Select(n => n.ToString(CultureInfo.InvariantCulture))).ToList();

        var barWidth = 0.8 / Math.Max(1, variants.Length);
        var bars = new List<Bar>();
        var (xs, ys, low, high) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var v = 0; v < variants.Length; v++)
        {
            var isSerial = VariantIds.IsSerial(variants[v]);
            // The serial bars share the first category; a lone serial bar sits in its middle, as in the paper.
            var slot = isSerial ? Array.IndexOf(serialVariants, variants[v]) - (serialVariants.Length - 1) / 2.0 : v - (variants.Length - 1) / 2.0;
            var width = isSerial ? 0.8 / Math.Max(1, serialVariants.Length) : barWidth;
            foreach (var cell in cells.Where(c => c.Variant == variants[v] && c.ProcTime is not null))
            {
                var category = isSerial ? 0 : categories.IndexOf(cell.Workers.ToString(CultureInfo.InvariantCulture));
                var x = category + slot * width;
                var p = cell.ProcTime!;
                bars.Add(new Bar { Position = x, Value = p.Median, ValueBase = 0, FillColor = PaperPalette.For(v), LineWidth = 0, Size = width * 0.95 });
                xs.Add(x); ys.Add(p.Median); low.Add(p.Median - p.CiLow); high.Add(p.CiHigh - p.Median);
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = VariantNames.Legend(variants[v]), FillColor = PaperPalette.For(v) });
        }
        plot.Add.Bars(bars);
        var errors = plot.Add.ErrorBar(xs, ys, low);
        errors.YErrorPositive = high;
        errors.YErrorNegative = low;
        errors.Color = Colors.Black.WithAlpha(0.7);
        if (xs.Count > 0) plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartStyle.MedianInterval, LineColor = errors.Color, LineWidth = 1 });

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray(), categories.ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.XLabel("Number of threads/processes");
        plot.YLabel("Median proc time (s)");
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.ShowLegend(Edge.Right);
        return sink.Save(plot, name, $"{title}: median proc time of each variant at each number of threads/processes, with the 95% interval of the median as error bars");
    }
}
