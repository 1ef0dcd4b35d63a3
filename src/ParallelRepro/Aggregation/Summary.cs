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
    /// A distribution-free interval of the median at (at least) 95 % confidence, from order statistics
    /// and the binomial distribution. With fewer than 6 values no interval reaches 95 %, so the
    /// honest answer is the full range [min, max].
    /// </summary>
    public static (double Low, double High) MedianInterval(IReadOnlyList<double> sorted)
    {
        var n = sorted.Count;
        // Largest k such that P(k <= B(n, 1/2) <= n-k-1) >= 0.95, taking the k-th and (n-k-1)-th values.
        var best = -1;
        for (var k = 0; k < n / 2; k++)
        {
            if (BinomialCoverage(n, k) >= 0.95) best = k;
            else break;
        }
        return best < 0 ? (sorted[0], sorted[^1]) : (sorted[best], sorted[n - 1 - best]);
    }

    private static double BinomialCoverage(int n, int k)
    {
        // P(k <= X <= n-k-1) for X ~ Binomial(n, 1/2): the interval [x_(k), x_(n-k-1)] (0-based) covers the median.
        double total = 0;
        for (var i = k + 1; i <= n - k - 1; i++) total += Choose(n, i);
        return total / Math.Pow(2, n);
    }

    private static double Choose(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
