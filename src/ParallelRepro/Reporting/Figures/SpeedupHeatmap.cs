using System.Globalization;
using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>The heatmap's data: one column per runner × runtime (the paper first), one row per program; null = not run.</summary>
internal sealed record HeatmapData(IReadOnlyList<string> Columns, IReadOnlyList<string> Rows, double?[,] Speedups);

/// <summary>
/// Speedup over serial at n = cores for every program across runners and runtimes: blue faster than
/// serial, red slower, white equal (log scale, saturating at 16× either way), each cell labelled.
/// </summary>
internal static class SpeedupHeatmap
{
    private const double Saturation = 4; // log2: 16x

    public static FigureRef Render(FigureSink sink, string name, string title, HeatmapData data)
    {
        var plot = new Plot();
        for (var r = 0; r < data.Rows.Count; r++)
        {
            for (var c = 0; c < data.Columns.Count; c++)
            {
                var y = data.Rows.Count - 1 - r;
                var value = data.Speedups[r, c];
                var cell = plot.Add.Rectangle(c, c + 1, y, y + 1);
                cell.FillColor = value is { } v ? ColorOf(v) : Colors.WhiteSmoke;
                cell.LineColor = Colors.White;
                cell.LineWidth = 2;
                var text = plot.Add.Text(value is { } s ? Label(s) : "not run", c + 0.5, y + 0.5);
                text.Alignment = Alignment.MiddleCenter;
                text.LabelFontSize = 13;
                text.LabelFontColor = value is { } w && Math.Abs(Math.Log2(w)) > Saturation * 0.6 ? Colors.White : Colors.Black;
            }
        }
        plot.Axes.Left.SetTicks(data.Rows.Select((_, r) => data.Rows.Count - 1 - r + 0.5).ToArray(), data.Rows.ToArray());
        plot.Axes.Bottom.SetTicks(data.Columns.Select((_, c) => c + 0.5).ToArray(), data.Columns.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(0, data.Columns.Count, 0, data.Rows.Count);
        plot.HideGrid();
        plot.Title(title);
        var height = Math.Max(300, 110 + data.Rows.Count * 30);
        return sink.Save(plot, name, $"{title}: speedup over serial of each program (rows) on each runner and runtime (columns) at n = cores, blue faster than serial and red slower", height);
    }

    public static string Label(double speedup)
        => speedup.ToString(speedup >= 10 ? "0" : speedup >= 1 ? "0.0#" : "0.0##", CultureInfo.InvariantCulture) + "×";

    /// <summary>White at 1×, towards blue when faster and red when slower, on a log2 scale.</summary>
    private static Color ColorOf(double speedup)
    {
        var t = Math.Clamp(Math.Log2(speedup) / Saturation, -1, 1);
        var target = t >= 0 ? Color.FromHex("#2166AC") : Color.FromHex("#B2182B");
        return Colors.White.MixedWith(target, (float)Math.Abs(t));
    }
}
