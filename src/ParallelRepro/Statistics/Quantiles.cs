namespace ParallelRepro.Statistics;

/// <summary>Quantiles of a sample by linear interpolation between order statistics (the default of R, numpy and Excel).</summary>
public static class Quantiles
{
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>The median of values in any order.</summary>
    public static double Median(IEnumerable<double> values) => Of(values.Order().ToArray(), 0.5);
}
