using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace ParallelRepro.Aggregation;

/// <summary>Order statistics of a sample: median, quartiles, extremes, and a confidence interval of the median.</summary>
public sealed record Summary(int N, double Median, double Min, double Max, double Q1, double Q3, double CiLow, double CiHigh)
{
    public double Iqr => Q3 - Q1;

    public static Summary Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        var sorted = values.Order().ToArray();
        var (low, high) = MedianInterval(sorted);
        return new Summary(sorted.Length, Quantile(sorted, 0.5), sorted[0], sorted[^1], Quantile(sorted, 0.25), Quantile(sorted, 0.75), low, high);
    }

    /// <summary>Linear interpolation between order statistics (the default of R, numpy and Excel).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>
    /// A 95 % confidence interval of the median, the way BenchmarkDotNet computes its intervals (Perfolizer):
    /// the Harrell-Davis estimate with the Maritz-Jarrett standard error and Student's t with n - 1 degrees of
    /// freedom. With 3-5 runs it is honestly wide, often wider than [min, max]; it is clipped at 0 because a
    /// time cannot be negative. A single value has no interval: it is [x, x], and the run count (N) says so.
    /// </summary>
    public static (double Low, double High) MedianInterval(IReadOnlyList<double> sorted)
    {
        if (sorted.Count < 2 || sorted[0] == sorted[^1]) return (sorted[0], sorted[^1]);
        var interval = HarrellDavisQuantileEstimator.Instance
            .QuantileConfidenceIntervalEstimator(new Sample(sorted.ToArray()), Probability.Half)
            .ConfidenceInterval(ConfidenceLevel.L95);
        return (Math.Max(0, interval.Lower), interval.Upper);
    }
}
