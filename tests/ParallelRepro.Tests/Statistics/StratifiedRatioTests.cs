using ParallelRepro.Statistics;

namespace ParallelRepro.Tests.Statistics;

public sealed class StratifiedRatioTests
{
    // A program that spreads over both vCPUs (mt at n = 8: 0.65 s wherever it starts) over a single-threaded one that
    // keeps the vCPU it starts on (0.50 s on the fast one, 0.80 s on the slow one): rounds alternate between the
    // two CPUs, so the per-round ratio alternates between 1.30 and 0.81, each with ±2 % noise.
    private static RoundRatio[] Alternating(int rounds)
        => Enumerable.Range(0, rounds)
            .Select(r => new RoundRatio((r % 2 == 0 ? 0.65 / 0.50 : 0.65 / 0.80) * (1 + 0.02 * Math.Sin(r * 1.7)), r % 2))
            .ToArray();

    [Fact]
    public void Two_modes_set_by_the_start_cpu_straddle_unstratified_but_the_cpu_centered_median_decides()
    {
        var rounds = Alternating(14);

        var unstratified = RatioInterval.Of(rounds.Select(r => r.Ratio).ToArray());
        var stratified = StratifiedRatio.Of(rounds);

        Assert.True(unstratified.Low < 0.9 && unstratified.High > 1.2, $"unstratified [{unstratified.Low}, {unstratified.High}] should span both modes");
        var expected = Math.Sqrt(0.65 / 0.50 * (0.65 / 0.80));
        Assert.InRange(stratified.Value, expected * 0.98, expected * 1.02);
        Assert.True(stratified.Low > 0.97 && stratified.High < 1.06, $"stratified [{stratified.Low}, {stratified.High}] should be within 4 % of {expected}");
        Assert.Equal(14, stratified.Count);
    }

    [Fact]
    public void With_two_rounds_per_cpu_the_cpu_is_a_stratum_of_a_pooled_t_interval()
    {
        var rounds = Alternating(4);

        var stratified = StratifiedRatio.Of(rounds);
        var unstratified = LogInterval.Of(rounds.Select(r => r.Ratio).ToArray());

        // The mean of the two CPUs' mean log ratios, with the spread of each CPU around its own mean.
        var perCpu = rounds.GroupBy(r => r.Cpu).Select(g => g.Average(r => Math.Log(r.Ratio))).ToArray();
        Assert.Equal(Math.Exp(perCpu.Average()), stratified.Value, 1e-12);
        Assert.True(stratified.High / stratified.Low < unstratified.High / unstratified.Low);
        Assert.True(stratified.LogSd < 0.05, $"within-CPU spread {stratified.LogSd} should be the ±2 % noise, not the modes");
    }

    [Fact]
    public void Without_a_cpu_effect_the_centered_median_shrugs_off_disturbed_rounds_as_the_plain_median_does()
    {
        // Ratio 1.00 ± 2 % on both CPUs; three rounds of fourteen caught a few seconds' slowdown of one side (1.5×).
        var rounds = Enumerable.Range(0, 14)
            .Select(r => new RoundRatio((r is 3 or 8 ? 1.5 : r == 11 ? 1 / 1.5 : 1.0) * (1 + 0.02 * Math.Sin(r * 1.7)), r % 2))
            .ToArray();

        var centered = StratifiedRatio.Of(rounds);

        Assert.True(centered.Low > 0.95 && centered.High < 1.05, $"[{centered.Low}, {centered.High}] should lie within [0.95, 1.05]");
        Assert.True(LogInterval.Of(rounds.Select(r => r.Ratio).ToArray()).High > 1.05, "the mean's t interval is pulled by the three");
    }

    [Fact]
    public void Six_rounds_or_more_with_fewer_than_six_on_a_cpu_take_the_plain_median()
    {
        var rounds = Alternating(8);

        Assert.Equal(RatioInterval.Of(rounds.Select(r => r.Ratio).ToArray()), StratifiedRatio.Of(rounds));
    }

    [Fact]
    public void Three_rounds_over_two_cpus_leave_one_cpu_without_a_spread_and_fall_back_to_the_rounds()
    {
        var rounds = Alternating(3);

        Assert.Equal(RatioInterval.Of(rounds.Select(r => r.Ratio).ToArray()), StratifiedRatio.Of(rounds));
    }

    [Fact]
    public void Rounds_that_were_not_placed_are_taken_as_they_are()
    {
        var rounds = Alternating(8).Select((r, i) => i == 5 ? r with { Cpu = null } : r).ToArray();

        Assert.Equal(RatioInterval.Of(rounds.Select(r => r.Ratio).ToArray()), StratifiedRatio.Of(rounds));
    }

    [Fact]
    public void Paired_rounds_carry_the_cpu_only_when_both_cells_started_there()
    {
        // Cell a spreads, cell b keeps its CPU; both start on CPU r mod 2. Rounds placed: the stratified estimate.
        RoundTime[] a = [.. Enumerable.Range(0, 4).Select(r => new RoundTime(r, 0.65, r % 2))];
        RoundTime[] b = [.. Enumerable.Range(0, 4).Select(r => new RoundTime(r, r % 2 == 0 ? 0.50 : 0.80, r % 2))];
        var placed = PairedRatio.Of(a, b);
        Assert.Equal(Math.Sqrt(0.65 / 0.50 * (0.65 / 0.80)), placed.Value, 1e-9);

        // The same times with b's runs on the other CPU in one round: that round has no CPU, so none is stratified.
        RoundTime[] mixed = [.. b.Select(t => t.Round == 2 ? t with { Cpu = 1 } : t)];
        Assert.Equal(RatioInterval.Of([.. Enumerable.Range(0, 4).Select(r => 0.65 / b[r].Seconds)]), PairedRatio.Of(a, mixed));
    }

    [Fact]
    public void Rounds_the_decide_stage_ran_are_looked_at_a_looks_level_though_not_balanced()
    {
        // Worker processes at n >= 2 run once an extra round, on one CPU: two planned rounds and two extra ones, two a
        // CPU, give the pooled t interval. Once the decide stage's rounds are in, it is one of that stage's looks.
        var planned = Alternating(4);
        var looked = planned.Select((r, i) => i >= 2 ? r with { Extra = true } : r).ToArray();

        Assert.Equal(Confidence.Default, StratifiedRatio.Of(planned).Level);
        Assert.Equal(StratifiedRatio.Of(planned, Confidence.PerLook(Confidence.Default)), StratifiedRatio.Of(looked));
        Assert.Equal(Confidence.PerLook(Confidence.Default), StratifiedRatio.Of(looked).Level);
        // And a Bonferroni level (one n of eight deciding alone) is divided again.
        var bonferroni = Confidence.Bonferroni(8);
        Assert.Equal(Confidence.PerLook(bonferroni), StratifiedRatio.Of(looked, bonferroni).Level, 12);
    }

    [Fact]
    public void An_interval_that_clears_its_bound_at_95_percent_may_straddle_it_at_a_look()
    {
        // manager/shared at n = 128: five rounds about 1.43, two a CPU and three, looked at after the decide stage's third.
        var rounds = new[] { 1.36, 1.40, 1.50, 1.47, 1.42 }.Select((v, i) => new RoundRatio(v, i % 2) { Extra = i >= 2 }).ToArray();

        var once = StratifiedRatio.Of([.. rounds.Select(r => r with { Extra = false })]);
        var looked = StratifiedRatio.Of(rounds);

        Assert.True(once.Low > 1.3, $"[{once.Low}, {once.High}] at 95 % should clear 1.3");
        Assert.True(looked.Low < 1.3 && looked.High > 1.3, $"[{looked.Low}, {looked.High}] at {looked.Level:P1} should straddle 1.3");
    }

    [Fact]
    public void From_three_balanced_rounds_on_a_ratio_rests_on_those_alone()
    {
        // The planned rounds alternate between the two modes; the decide stage's rounds, each on both CPUs, do not.
        var balanced = new[] { 1.01, 0.99, 1.02 }.Select(v => new RoundRatio(v, null) { OverCpus = v, Extra = true }).ToArray();

        var two = StratifiedRatio.Of([.. Alternating(3), .. balanced.Take(2)]);
        var three = StratifiedRatio.Of([.. Alternating(3), .. balanced]);

        Assert.Equal(5, two.Count); // two balanced rounds count as rounds not placed, beside the planned ones
        Assert.Equal(TrimmedMeanInterval.Of(balanced.Select(r => r.Ratio).ToArray(), Confidence.PerLook(Confidence.Default)), three);
        Assert.True(three.Low > 0.9 && three.High < 1.1, $"[{three.Low}, {three.High}] at {three.Level:P1} should be within 10 % of 1");
        Assert.True(three.High / three.Low < two.High / two.Low, $"[{three.Low}, {three.High}] should be narrower than [{two.Low}, {two.High}]");
    }
}
