using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>Incremental effort D of one program: the paper's Table 2 and this checkout's code.</summary>
internal sealed record EffortBar(string Group, string Variant, int? Paper, int? Ours);

/// <summary>Table 2 as a picture: D per variant (mt, mp, omp) per program, the paper's (light) beside ours (solid).</summary>
internal static class EffortChart
{
    private static readonly string[] Variants = ["mt", "mp", "omp"];

    public static FigureRef Render(FigureSink sink, string name, string title, IReadOnlyList<EffortBar> rows)
    {
        var plot = new Plot();
        var groups = rows.Select(r => r.Group).Distinct().ToArray();
        var bars = new List<Bar>();
        const double width = 0.8 / 6;
        for (var g = 0; g < groups.Length; g++)
        {
            for (var v = 0; v < Variants.Length; v++)
            {
                var row = rows.FirstOrDefault(r => r.Group == groups[g] && r.Variant == Variants[v]);
                var color = PaperPalette.For(v + 1);
                var x = g - 0.4 + width * (2 * v + 0.5);
                if (row?.Paper is { } paper) bars.Add(new Bar { Position = x, Value = paper, Size = width * 0.95, FillColor = ChartStyle.Paper(color), LineWidth = 0 });
                if (row?.Ours is { } ours) bars.Add(new Bar { Position = x + width, Value = ours, Size = width * 0.95, FillColor = color, LineWidth = 0 });
            }
        }
        plot.Add.Bars(bars);
        for (var v = 0; v < Variants.Length; v++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{Variants[v]} (paper)", FillColor = ChartStyle.Paper(PaperPalette.For(v + 1)) });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{Variants[v]} (this code)", FillColor = PaperPalette.For(v + 1) });
        }
        plot.Axes.Bottom.SetTicks(groups.Select((_, g) => (double)g).ToArray(), groups);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Title(title);
        plot.YLabel("Incremental effort D = L + M + I + 2(C + E)");
        plot.ShowLegend(Edge.Right);
        return sink.Save(plot, name, $"{title}: incremental development effort D of mt, mp and omp in each program, the paper's Table 2 (light) beside this code's (solid)");
    }
}
