using ParallelRepro.Aggregation;

namespace ParallelRepro.Tests.Aggregation;

public sealed class SummaryTests
{
    [Fact]
    public void Quantiles_interpolate_like_numpy()
    {
        // numpy.percentile([1, 2, 3, 4, 10], [25, 50, 75]) == [2, 3, 4]
        var s = Summary.Of([10, 1, 3, 2, 4]);
        Assert.Equal(3, s.Median);
        Assert.Equal(2, s.Q1);
        Assert.Equal(4, s.Q3);
        Assert.Equal(1, s.Min);
        Assert.Equal(10, s.Max);
        Assert.Equal(1.5, Summary.Quantile([1.0, 2.0], 0.5));
    }

    [Fact]
    public void Small_samples_get_the_full_range_as_the_median_interval()
    {
        // With 5 values the widest order-statistic interval covers the median with 93.75 % < 95 %.
        var s = Summary.Of([5, 1, 4, 2, 3]);
        Assert.Equal((1.0, 5.0), (s.CiLow, s.CiHigh));
    }

    [Fact]
    public void Larger_samples_get_a_narrower_order_statistic_interval()
    {
        // n = 20: the binomial interval is x(6)..x(15) (1-based), coverage 95.9 %.
        var values = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
        var s = Summary.Of(values);
        Assert.Equal(6, s.CiLow);
        Assert.Equal(15, s.CiHigh);
        Assert.InRange(s.Median, s.CiLow, s.CiHigh);
    }

    [Fact]
    public void Empty_sample_is_an_error()
        => Assert.Throws<ArgumentException>(() => Summary.Of([]));
}
