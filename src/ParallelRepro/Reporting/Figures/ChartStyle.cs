using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>One look for every figure: a sans font sized to stay readable when the page scales the image down.</summary>
internal static class ChartStyle
{
    private static readonly string[] SansFonts = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI"];

    // ScottPlot's own guess (Fonts.Sans) picks DejaVu Serif on Debian: ask for a sans font by name.
    private static readonly Lazy<string> Sans = new(() => SansFonts.FirstOrDefault(name =>
        Fonts.GetTypeface(name, bold: false, italic: false)?.FamilyName == name) ?? Fonts.Sans);

    public static void Apply(Plot plot)
    {
        plot.Font.Set(Sans.Value);
        // Titles name program, runner, runtime, cores, profile and sizes: long ones get a smaller font to stay whole.
        plot.Axes.Title.Label.FontSize = plot.Axes.Title.Label.Text.Split('\n').Max(l => l.Length) > 55 ? 15 : 18;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.FontSize = 15;
            axis.TickLabelStyle.FontSize = 13;
        }
        plot.Legend.FontSize = 13;
        // Hand-made legend items carry their own label style, which Font.Set does not reach.
        foreach (var item in plot.Legend.ManualItems)
        {
            item.LabelStyle.FontName = Sans.Value;
            item.LabelStyle.FontSize = 13;
        }
    }

    /// <summary>The legend line for error bars: with 3-5 runs the interval of a median is often wider than the runs.</summary>
    public const string MedianInterval = "error bars: 95% interval of median";

    /// <summary>A lighter shade of a series colour: the paper's bars beside ours.</summary>
    public static Color Paper(Color color) => color.WithAlpha(0.4);
}
