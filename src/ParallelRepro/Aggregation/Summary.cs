using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace ParallelRepro.Aggregation;

/// <summary>
/// Order statistics of a sample: median, quartiles, extremes, and a confidence interval of the median.
/// <see cref="RelativeError"/> is the standard error of the median's Harrell-Davis estimate over that estimate
/// (0 for a single value or no spread): what a ratio of two medians, a speedup, needs to get its own interval.
/// </summary>
public sealed record Summary(int N, double Median, double Min, double Max, double Q1, double Q3, double CiLow, double CiHigh)
{
    public double Iqr => Q3 - Q1;

    public double RelativeError { get; init; }

    public static Summary Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        var sorted = values.Order().ToArray();
        var (low, high, relativeError) = MedianInterval(sorted);
        return new Summary(sorted.Length, Quantile(sorted, 0.5), sorted[0], sorted[^1], Quantile(sorted, 0.25), Quantile(sorted, 0.75), low, high)
        {
            RelativeError = relativeError,
        };
    }

    /// <summary>Linear interpolation between order statistics (<see cref="Statistics.Quantiles"/>).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p) => Statistics.Quantiles.Of(sorted, p);

    /// <summary>
    /// A 95 % confidence interval of the median, the way BenchmarkDotNet computes its intervals (Perfolizer):
    /// the Harrell-Davis estimate with the Maritz-Jarrett standard error and Student's t with n - 1 degrees of
    /// freedom. With 3-5 runs it is honestly wide, often wider than [min, max]; it is clipped at 0 because a
    /// time cannot be negative. A single value has no interval: it is [x, x], and the run count (N) says so.
    /// </summary>
    public static (double Low, double High, double RelativeError) MedianInterval(IReadOnlyList<double> sorted)
    {
        if (sorted.Count < 2 || sorted[0] == sorted[^1]) return (sorted[0], sorted[^1], 0);
        var estimator = HarrellDavisQuantileEstimator.Instance.QuantileConfidenceIntervalEstimator(new Sample(sorted.ToArray()), Probability.Half);
        var interval = estimator.ConfidenceInterval(ConfidenceLevel.L95);
        return (Math.Max(0, interval.Lower), interval.Upper, estimator.Estimation > 0 ? estimator.StandardError / estimator.Estimation : 0);
    }

    /// <summary>
    /// A 95 % interval of <paramref name="numerator"/>'s median over <paramref name="denominator"/>'s (a speedup), on the
    /// log scale, where a ratio's error is the sum of its parts': log ratio = log a − log b, standard error
    /// √(ra² + rb²) from the two relative errors (delta method), Student's t with the smaller sample's n − 1
    /// degrees of freedom. Unlike dividing one median's interval by the other's, it never reaches 0 or infinity.
    /// </summary>
    public static (double Low, double High) RatioInterval(Summary numerator, Summary denominator)
    {
        var ratio = numerator.Median / denominator.Median;
        var error = Math.Sqrt(numerator.RelativeError * numerator.RelativeError + denominator.RelativeError * denominator.RelativeError);
        if (error == 0 || !double.IsFinite(ratio) || ratio <= 0) return (ratio, ratio);
        var n = new[] { numerator, denominator }.Where(s => s.RelativeError > 0).Min(s => s.N);
        var log = new ConfidenceIntervalEstimator(n, Math.Log(ratio), error).ConfidenceInterval(ConfidenceLevel.L95);
        return (Math.Exp(log.Lower), Math.Exp(log.Upper));
    }
}
