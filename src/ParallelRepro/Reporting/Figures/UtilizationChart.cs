using System.Globalization;
using ParallelRepro.Paper;
using ParallelRepro.Vocabulary;
using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>One program's CPU utilization in the picture: ours at n = cores, the paper's Table 1 at n = 8.</summary>
internal sealed record UtilizationRow(string Group, string Variant, int Workers, double Ours, double? Paper);

/// <summary>
/// Table 1 as a picture: CPU utilization ((user + sys, worker processes included) / real) of every
/// variant, horizontal bars, the paper's beside ours, with lines at one core and at all cores.
/// </summary>
internal static class UtilizationChart
{
    public static FigureRef Render(FigureSink sink, string name, string title, IReadOnlyList<UtilizationRow> rows, int cores)
    {
        var plot = new Plot();
        var ours = new List<Bar>();
        var paper = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Count - 1 - i; // first row at the top
            var color = PaperPalette.For(VariantNames.Order(rows[i].Variant));
            ours.Add(new Bar { Position = y - 0.18, Value = rows[i].Ours, Size = 0.36, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal });
            if (rows[i].Paper is { } p)
                paper.Add(new Bar { Position = y + 0.18, Value = p, Size = 0.36, FillColor = ChartStyle.Paper(color), LineWidth = 0, Orientation = Orientation.Horizontal });
        }
        plot.Add.Bars(paper);
        plot.Add.Bars(ours);
        plot.Add.VerticalLine(1, 1.5f, Colors.Gray, LinePattern.Dotted).LegendText = "one core busy";
        plot.Add.VerticalLine(cores, 1.5f, Colors.Black, LinePattern.Dashed).LegendText = $"all {cores.ToString(CultureInfo.InvariantCulture)} cores busy";
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "this run (solid),\nn = cores or nearest", FillColor = Colors.DimGray });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"paper, Table 1 (light),\nn = {PaperTable1.Workers}, 4 cores", FillColor = ChartStyle.Paper(Colors.DimGray) });

        plot.Axes.Left.SetTicks(
            rows.Select((_, i) => (double)(rows.Count - 1 - i)).ToArray(),
            rows.Select(r => $"{r.Group} · {VariantNames.Legend(r.Variant)} (n={r.Workers.ToString(CultureInfo.InvariantCulture)})").ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0);
        plot.Title(title);
        plot.XLabel("(user + sys CPU, worker processes included) / real time");
        plot.ShowLegend(Edge.Right);
        var height = Math.Max(320, 90 + rows.Count * 34);
        return sink.Save(plot, name, $"{title}: CPU utilization of each variant at n = cores, this run's beside the paper's Table 1, with lines at one core and at all {cores} cores busy", height);
    }
}
