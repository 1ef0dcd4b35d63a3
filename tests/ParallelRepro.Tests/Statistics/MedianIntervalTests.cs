using ParallelRepro.Statistics;

namespace ParallelRepro.Tests.Statistics;

public sealed class MedianIntervalTests
{
    [Theory]
    [InlineData(6, 1)]   // [min, max]: 1 - 2/64 = 96.9 %
    [InlineData(8, 1)]   // rank 2 would cover 1 - 2·9/256 = 93.0 %
    [InlineData(9, 2)]   // 1 - 2·10/512 = 96.1 %
    [InlineData(28, 9)]  // 1 - 2·P(Bin(28, ½) ≤ 8) = 96.4 %
    [InlineData(100, 40)]
    public void The_lower_rank_is_the_largest_whose_sign_test_tail_stays_within_2_5_percent(int n, int k)
        => Assert.Equal(k, MedianInterval.LowerRank(n));

    [Fact]
    public void Below_six_observations_there_is_no_95_percent_interval_and_the_t_interval_is_used()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MedianInterval.LowerRank(5));
        double[] five = [1.0, 1.1, 0.9, 1.05, 0.95];
        var t = LogInterval.Of(five);
        var ratio = RatioInterval.Of(five);
        Assert.Equal((t.Value, t.Low, t.High, t.Count, t.LogSd), (ratio.Value, ratio.Low, ratio.High, ratio.Count, ratio.LogSd));
    }

    [Fact]
    public void Below_six_the_rounds_to_decide_read_the_median_so_one_slow_round_does_not_put_a_claim_out_of_reach()
    {
        // Three balanced rounds of mt(1)/serial, one of them on the slow vCPU (from a default run, against 0.95).
        double[] three = [1.001, 1.013, 0.822];
        var t = LogInterval.Of(three);
        var ratio = RatioInterval.Of(three);

        Assert.Equal((t.Value, t.Low, t.High), (ratio.Value, ratio.Low, ratio.High)); // the interval is still t's
        Assert.True(t.ObservationsToClear(0.95) > 20, $"{t.ObservationsToClear(0.95)} from the mean and sd"); // 598 as a point reckoning
        Assert.Equal(1.001, ratio.Outlook!.Value.Center);
        Assert.True(ratio.ObservationsToClear(0.95) <= MedianInterval.MinCount, $"{ratio.ObservationsToClear(0.95)} from the median");
        Assert.True(ratio.ObservationsToClear(1.0) > ratio.ObservationsToClear(0.95)); // still grows as the bound nears
    }

    [Fact]
    public void Two_speed_rounds_straddle_under_t_but_the_median_interval_decides()
    {
        // Half the rounds ran both programs on the same vCPU (ratio 1.00 ± 2 %); the others ran one of them on the
        // 1.6× slower vCPU. The same shape as mt(1)/serial on the quick matrix.
        double[] agree = [0.98, 0.99, 1.00, 1.01, 1.02, 0.99, 1.00, 1.01, 1.00, 0.99, 1.01, 1.00, 1.02, 0.98];
        double[] split = [0.62, 0.61, 0.63, 0.60, 0.62, 0.61, 0.63, 1.60, 1.62, 1.58, 1.61, 1.63, 1.59, 1.60];
        var ratios = agree.Concat(split).ToArray();

        var mean = LogInterval.Of(ratios);
        var median = RatioInterval.Of(ratios);

        Assert.True(mean.Low < 0.95, $"t interval [{mean.Low}, {mean.High}] should reach below 0.95");
        Assert.True(median.Low >= 0.95 && median.High <= 1.05, $"median interval [{median.Low}, {median.High}] should lie within [0.95, 1.05]");
        Assert.InRange(median.Value, median.Low, median.High);
    }

    [Fact]
    public void The_interval_is_made_of_observed_values_and_narrows_with_more_of_them()
    {
        double[] six = [1.3, 0.8, 1.0, 1.1, 0.9, 1.2];
        var few = MedianInterval.Of(six);
        var many = MedianInterval.Of([.. six, .. six, .. six, .. six]);

        Assert.Equal((0.8, 1.3), (few.Low, few.High));
        Assert.True(many.Low > few.Low && many.High < few.High);
        Assert.Contains(many.Low, six);
    }

    [Fact]
    public void Rounds_to_clear_count_the_medians_lower_efficiency()
    {
        double[] ratios = [1.05, 1.15, 1.10, 1.12, 1.08, 1.11, 1.09];

        Assert.True(MedianInterval.Of(ratios).ObservationsToClear(1.0) > 0);
        Assert.True(MedianInterval.Of(ratios).ObservationsToClear(1.0) < MedianInterval.Of(ratios).ObservationsToClear(1.09));
    }
}
