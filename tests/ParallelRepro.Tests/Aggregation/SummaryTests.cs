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
    public void Ratio_interval_is_finite_even_when_a_median_interval_reaches_zero()
    {
        var serial = Summary.Of([9.0, 10, 11]);
        var variant = Summary.Of([0.001, 0.002, 1.0]);
        Assert.Equal(0, variant.CiLow); // dividing by it would give an unbounded speedup
        var (low, high) = Summary.RatioInterval(serial, variant);
        Assert.True(double.IsFinite(high) && low > 0, $"[{low}, {high}]");
        Assert.InRange(serial.Median / variant.Median, low, high);
    }

    [Fact]
    public void Ratio_interval_is_symmetric_on_the_log_scale_and_uses_t_with_the_smaller_sample()
    {
        // [9, 10, 11] over a constant 10: ratio 1, relative error of the numerator only, t(0.975, 2 df) = 4.303.
        var numerator = Summary.Of([9.0, 10, 11]);
        var (low, high) = Summary.RatioInterval(numerator, Summary.Of([10.0, 10, 10]));
        Assert.Equal(1.0, low * high, precision: 9);
        Assert.Equal(Math.Exp(4.302653 * numerator.RelativeError), high, precision: 4);
    }

    [Fact]
    public void Ratio_interval_narrows_with_more_runs_and_is_a_point_without_spread()
    {
        double Width(int n)
        {
            var a = Summary.Of(Enumerable.Range(0, n).Select(i => 10.0 + i % 3).ToArray());
            var b = Summary.Of(Enumerable.Range(0, n).Select(i => 5.0 + 0.5 * (i % 3)).ToArray());
            var (low, high) = Summary.RatioInterval(a, b);
            return high / low;
        }
        Assert.True(Width(15) < Width(6) && Width(6) < Width(3));
        Assert.Equal((2.0, 2.0), Summary.RatioInterval(Summary.Of([4.0]), Summary.Of([2.0])));
    }

    [Fact]
    public void Empty_sample_is_an_error()
        => Assert.Throws<ArgumentException>(() => Summary.Of([]));
}
