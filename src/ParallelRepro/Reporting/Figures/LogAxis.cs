using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ParallelRepro.Reporting.Figures;

/// <summary>
/// Logarithmic axes drawn as log-transformed data with labelled ticks: speedups and time ratios span
/// 0.01× to 100×, and n doubles from 1 to 128.
/// </summary>
internal static class LogAxis
{
    private static readonly double[] Steps = [1, 2, 5];

    public static double Log(double value) => Math.Log10(value);

    public static double Log2(int n) => Math.Log2(n);

    /// <summary>Ticks 1-2-5 per decade covering [min, max] on a log10-transformed axis.</summary>
    public static void Decades(IAxis axis, double min, double max, string suffix = "")
    {
        var ticks = new NumericManual();
        for (var decade = Math.Floor(Math.Log10(min)); decade <= Math.Ceiling(Math.Log10(max)); decade++)
        {
            foreach (var step in Steps)
            {
                var value = step * Math.Pow(10, decade);
                if (value >= min / 1.0001 && value <= max * 1.0001)
                    ticks.AddMajor(Log(value), value.ToString("0.##########", CultureInfo.InvariantCulture) + suffix);
            }
        }
        axis.TickGenerator = ticks;
    }

    /// <summary>Ticks at each n on a log2-transformed axis.</summary>
    public static void Workers(IAxis axis, IEnumerable<int> ns)
    {
        var ticks = new NumericManual();
        foreach (var n in ns.Distinct().Order()) ticks.AddMajor(Log2(n), n.ToString(CultureInfo.InvariantCulture));
        axis.TickGenerator = ticks;
    }
}
