using ParallelRepro.Statistics;

namespace ParallelRepro.Tests.Statistics;

public sealed class ConfidenceTests
{
    [Fact]
    public void Bonferroni_splits_the_five_percent_over_the_tests()
    {
        Assert.Equal(0.95, Confidence.Bonferroni(1), 12);
        Assert.Equal(0.99375, Confidence.Bonferroni(8), 12);
    }

    [Theory]
    [InlineData(0.95, 6)]     // 1 - 2/2⁶ = 96.9 %
    [InlineData(0.99375, 9)]  // 1 - 2/2⁸ = 99.2 % is short of 99.375 %
    public void The_median_needs_more_observations_at_a_higher_level(double level, int count)
    {
        Assert.Equal(count, MedianInterval.MinCountAt(level));
        Assert.Throws<ArgumentException>(() => MedianInterval.Of(Enumerable.Repeat(1.0, count - 1).ToArray(), level));
    }

    [Fact]
    public void Intervals_at_a_higher_level_are_wider_around_the_same_estimate()
    {
        double[] ratios = [1.05, 0.97, 1.10, 0.99, 1.02, 1.04, 0.95, 1.08, 1.01, 1.00];

        foreach (var of in new Func<double, LogInterval>[] { l => LogInterval.Of(ratios[..5], l), l => RatioInterval.Of(ratios, l) })
        {
            var (usual, strict) = (of(Confidence.Default), of(Confidence.Bonferroni(8)));
            Assert.Equal(usual.Value, strict.Value);
            Assert.True(strict.Low < usual.Low && strict.High > usual.High, $"[{strict.Low}, {strict.High}] should contain [{usual.Low}, {usual.High}]");
            Assert.Equal(Confidence.Bonferroni(8), strict.Level);
            Assert.True(strict.ObservationsToClear(1.06) > usual.ObservationsToClear(1.06), $"{strict.ObservationsToClear(1.06)} vs {usual.ObservationsToClear(1.06)}");
        }
    }
}
