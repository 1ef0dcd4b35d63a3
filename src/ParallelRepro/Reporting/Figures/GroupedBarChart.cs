using ParallelRepro.Aggregation;
using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>
/// The paper's bar chart: x categories "serial" then each n; within a category one bar per variant;
/// y = median proc time, with the 95 % interval of the median as an error bar.
/// </summary>
internal static class GroupedBarChart
{
    public const int Width = 900;
    public const int Height = 420;

    public static Plot Create(string title, IReadOnlyList<CellResult> cells)
    {
        var plot = new Plot();
        var serial = cells.Where(c => c.Variant.StartsWith("serial", StringComparison.Ordinal)).ToArray();
        var parallel = cells.Except(serial).ToArray();
        var variants = VariantNames.Sorted(cells.Select(c => c.Variant)).ToArray();
        var workers = parallel.Select(c => c.Workers).Distinct().Order().ToArray();
        var categories = new List<string>();
        if (serial.Length > 0) categories.Add("serial");
        categories.AddRange(workers.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var slots = variants.Length;
        var barWidth = 0.8 / Math.Max(1, slots);
        var bars = new List<Bar>();
        for (var v = 0; v < variants.Length; v++)
        {
            var isSerial = variants[v].StartsWith("serial", StringComparison.Ordinal);
            foreach (var cell in cells.Where(c => c.Variant == variants[v] && c.ProcTime is not null))
            {
                var category = isSerial ? 0 : categories.IndexOf(cell.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var offset = isSerial && serial.Select(s => s.Variant).Distinct().Count() == 1 ? 0 : (v - (slots - 1) / 2.0) * barWidth;
                bars.Add(new Bar
                {
                    Position = category + offset,
                    Value = cell.ProcTime!.Median,
                    ValueBase = 0,
                    Error = (cell.ProcTime.CiHigh - cell.ProcTime.CiLow) / 2,
                    FillColor = PaperPalette.For(v),
                    LineWidth = 0,
                    Size = barWidth * 0.95,
                });
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = VariantNames.Legend(variants[v]), FillColor = PaperPalette.For(v) });
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray(), categories.ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.XLabel("Number of threads/processes");
        plot.YLabel("Time (seconds)");
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
