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
    public void Median_interval_is_symmetric_for_a_symmetric_sample_and_narrower_than_the_range_when_n_is_large()
    {
        // Harrell-Davis weights are symmetric, so for 1..20 the estimate is 10.5 and the interval is centred on it.
        var values = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
        var s = Summary.Of(values);
        Assert.Equal(10.5 - s.CiLow, s.CiHigh - 10.5, precision: 9);
        Assert.InRange(s.CiLow, 1.0001, 10.5);
        Assert.InRange(s.CiHigh, 10.5, 19.9999);
    }

    [Fact]
    public void Three_runs_get_an_interval_wider_than_their_range_clipped_at_zero()
    {
        // Student's t with 2 degrees of freedom: three runs say little about the median.
        var s = Summary.Of([0.9, 1.0, 1.4]);
        Assert.True(s.CiLow < 0.9 && s.CiHigh > 1.4, $"[{s.CiLow}, {s.CiHigh}]");
        var skewed = Summary.Of([0.001, 0.002, 1.0]);
        Assert.Equal(0, skewed.CiLow);
    }

    [Theory]
    [InlineData(new[] { 2.5 })]
    [InlineData(new[] { 2.5, 2.5, 2.5 })]
    public void No_spread_means_a_point_interval(double[] values)
    {
        var s = Summary.Of(values);
        Assert.Equal((2.5, 2.5), (s.CiLow, s.CiHigh));
    }

    [Fact]
    public void Empty_sample_is_an_error()
        => Assert.Throws<ArgumentException>(() => Summary.Of([]));
}
