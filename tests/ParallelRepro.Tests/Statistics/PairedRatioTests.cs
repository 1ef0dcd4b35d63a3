using ParallelRepro.Statistics;

namespace ParallelRepro.Tests.Statistics;

public sealed class PairedRatioTests
{
    private static RoundTime[] Times(params double[] seconds) => seconds.Select((s, round) => new RoundTime(round, s)).ToArray();

    [Fact]
    public void Drift_common_to_both_cells_of_a_round_divides_out()
    {
        double[] speed = [1.0, 1.4, 0.8, 1.2];
        var paired = PairedRatio.Of(Times(speed.Select(f => 2.0 * f).ToArray()), Times(speed));
        var unpaired = PairedRatio.Unpaired(Times(speed.Select(f => 2.0 * f).ToArray()), Times(speed));

        Assert.Equal((2.0, 2.0, 2.0), (paired.Value, paired.Low, paired.High), new ToleranceComparer());
        Assert.True(unpaired.High / unpaired.Low > 1.5, $"unpaired [{unpaired.Low}, {unpaired.High}] should carry the drift");
    }

    [Fact]
    public void Several_runs_of_a_cell_in_one_round_count_as_their_median()
    {
        RoundTime[] serial = [new(0, 1.0), new(0, 1.1), new(0, 5.0), new(1, 2.0), new(1, 2.0), new(1, 2.2)];

        var ratio = PairedRatio.Of(Times(2.2, 4.0), serial);

        Assert.Equal(2.0, ratio.Value, 6); // 2.2 / 1.1 and 4.0 / 2.0: the 5.0 outlier does not enter
    }

    [Fact]
    public void A_round_run_on_both_cpus_cancels_their_speeds()
    {
        // CPU 1 is 1.6× slower than CPU 0. serial keeps the CPU it starts on; mt(1)'s worker thread ran on the other
        // one (before a run of one thread kept its start CPU). So on CPU 0 mt(1)/serial reads 1.6 and on CPU 1 1/1.6,
        // though the two take the same time (0.5 s); serial on CPU 1 drifts 1 % a round.
        static RoundTime[] Round(int round, double onCpu0, double onCpu1) => [new(round, onCpu0, 0, Extra: true), new(round, onCpu1, 1, Extra: true)];
        var mt = Enumerable.Range(0, 3).SelectMany(r => Round(r, 0.80, 0.50)).ToArray();
        var serial = Enumerable.Range(0, 3).SelectMany(r => Round(r, 0.50, 0.80 * (1 + 0.01 * r))).ToArray();

        var ratio = PairedRatio.Of(mt, serial);

        Assert.Equal(3, ratio.Count);
        Assert.InRange(ratio.Value, 0.985, 1.0);
        // Uncancelled, a round would read 1.6 or 1 / 1.6; three balanced rounds at one look's level (99 %, Student's t
        // on 2 degrees of freedom) stay within 5 %.
        Assert.Equal(Confidence.PerLook(Confidence.Default), ratio.Level);
        Assert.True(ratio.Low > 0.95 && ratio.High < 1.05, $"[{ratio.Low}, {ratio.High}] should be within 5 % of 1");
    }

    [Fact]
    public void A_round_is_the_decide_stages_when_either_cell_ran_in_it_for_that_stage()
    {
        // mp-manager(128) and mp(128), once a round, on the CPU the round starts on; rounds 3 and 4 were extra.
        RoundTime[] Times(double seconds) => [.. Enumerable.Range(0, 5).Select(r => new RoundTime(r, seconds * (1 + 0.02 * Math.Sin(r)), r % 2, Extra: r >= 3))];
        var (manager, shared) = (Times(7.4), Times(5.2));

        var planned = PairedRatio.Of([.. manager.Take(3)], [.. shared.Take(3)]);
        var looked = PairedRatio.Of(manager, shared);

        Assert.Equal(Confidence.Default, planned.Level);
        Assert.Equal(Confidence.PerLook(Confidence.Default), looked.Level);
    }

    [Fact]
    public void A_balanced_round_of_a_spreading_program_against_one_that_keeps_its_cpu_compares_their_mean_times()
    {
        // CPU 1 is 1.55× slower. mt(1) keeps the CPU it starts on (1.0 s or 1.55 s); mt(8)'s threads spread over both,
        // so it takes 1.05 × the mean of the two whichever CPU it starts on. A random start sees 1.05 × mt(1).
        const double slow = 1.55;
        var mean = (1 + slow) / 2;
        RoundTime[] Turns(double onCpu0, double onCpu1) => [.. Enumerable.Range(0, 3).SelectMany(r => new RoundTime[] { new(r, onCpu0 * (1 + 0.01 * r), 0), new(r, onCpu1 * (1 + 0.01 * r), 1) })];

        var ratio = PairedRatio.Of(Turns(1.05 * mean, 1.05 * mean), Turns(1.0, slow));

        // The per-CPU ratios, 1.05 × 1.275 and 1.05 × 1.275 / 1.55, have a log mean 2.4 % higher: 1.075.
        Assert.Equal(1.05, ratio.Value, 9);
    }

    [Fact]
    public void A_round_where_one_cell_ran_on_both_cpus_and_the_other_on_one_compares_them_on_that_one()
    {
        RoundTime[] mp = [new(0, 0.6, 0), new(1, 0.7, 1), new(2, 0.6, 0)];
        RoundTime[] serial = [new(0, 1.0, 0), new(0, 1.6, 1), new(1, 1.6, 0), new(1, 1.0, 1), new(2, 1.0, 0), new(2, 1.6, 1)];

        var ratio = PairedRatio.Of(mp, serial);

        Assert.Equal(Math.Pow(0.6 * 0.7 * 0.6, 1.0 / 3), ratio.Value, 9); // 0.6 / 1.0, 0.7 / 1.0, 0.6 / 1.0: never the other CPU's 1.6
    }

    [Fact]
    public void A_spreading_run_pairs_with_the_other_cells_mean_over_the_cpus_in_any_round_that_ran_it_on_both()
    {
        // mp(4)'s worker processes spread over both CPUs: 0.6 s whichever CPU it starts on, once a round. serial keeps
        // its CPU: 1.0 s on CPU 0, 1.6 s on CPU 1, both turns every extra round, and in a planned round its repeated
        // runs take both CPUs too (MatrixPlanner). A random start sees 0.6 / 1.3.
        RoundTime[] Mp(bool extra) => [.. Enumerable.Range(0, 3).Select(r => new RoundTime(r, 0.6, r % 2, extra, Spreads: true))];
        RoundTime[] Serial(bool extra) => [.. Enumerable.Range(0, 3).SelectMany(r => new RoundTime[] { new(r, 1.0, 0, extra), new(r, 1.6, 1, extra) })];
        RoundTime[] SerialOnTheRoundsCpu() => [.. Enumerable.Range(0, 3).Select(r => new RoundTime(r, r % 2 == 0 ? 1.0 : 1.6, r % 2))];

        var looked = PairedRatio.Of(Mp(extra: true), Serial(extra: true));
        var planned = PairedRatio.Of(Mp(extra: false), Serial(extra: false));
        var onOneCpu = PairedRatio.Of(Mp(extra: false), SerialOnTheRoundsCpu());

        Assert.Equal(0.6 / 1.3, looked.Value, 9);
        Assert.Equal(Confidence.PerLook(Confidence.Default), looked.Level); // three balanced rounds: they alone, at a look's level
        Assert.Equal(0.6 / 1.3, planned.Value, 9); // balanced planned rounds, free of the CPUs' speeds
        Assert.Equal(Confidence.Default, planned.Level); // the planned rounds alone are the first look
        Assert.Equal(new Footing(1, BalancedSpread: true), PairedRatio.FootingOf(Mp(extra: false), Serial(extra: false)));
        // A planned round whose serial runs kept the round's CPU reads that CPU: 0.6 / 1.0 and 0.6 / 1.6, as before.
        Assert.Equal(Math.Pow(0.6 / 1.0 * (0.6 / 1.6) * (0.6 / 1.0), 1.0 / 3), onOneCpu.Value, 9);
        Assert.Equal(new Footing(3, BalancedSpread: false), PairedRatio.FootingOf(Mp(extra: false), SerialOnTheRoundsCpu()));
    }

    [Theory]
    // mp-manager(128)/mp(128) in two default runs: three planned rounds, then four extra ones, each cell once a round.
    // The first left it inconclusive against 1.3 read by t over all seven with the CPU in their spread (a planned
    // round of 1.79); the second's extra rounds were the noisier (1.71), and read alone they straddled 1.3.
    [InlineData(new[] { 1.506, 1.383, 1.788 }, new[] { 1.456, 1.394, 1.420, 1.461 })]
    [InlineData(new[] { 1.439, 1.423, 1.359 }, new[] { 1.505, 1.712, 1.460, 1.526 })]
    public void Rounds_of_two_spreading_cells_are_balanced_planned_or_extra(double[] planned, double[] extra)
    {
        double[] ratios = [.. planned, .. extra];
        RoundTime[] Times(Func<double, double> seconds) => [.. ratios.Select((q, r) => new RoundTime(r, seconds(q), r % 2, Extra: r >= planned.Length, Spreads: true))];
        var (manager, shared) = (Times(q => 5.0 * q), Times(_ => 5.0));

        var looked = PairedRatio.Of(manager, shared);
        var plannedOnly = PairedRatio.Of([.. manager.Take(planned.Length)], [.. shared.Take(planned.Length)]);

        Assert.Equal(TrimmedMeanInterval.Of(ratios, Confidence.PerLook(Confidence.Default)), looked);
        Assert.True(looked.Low > 1.3, $"[{looked.Low}, {looked.High}] at 99 % should clear 1.3");
        // The planned rounds alone are read as before: t over the rounds at 95 %, not as balanced rounds at a look's level.
        Assert.Equal(Confidence.Default, plannedOnly.Level);
    }

    [Fact]
    public void A_ratio_rests_on_three_balanced_rounds_once_one_is_the_decide_stages_and_two_spreading_cells_planned_rounds_count()
    {
        // Planned rounds start each cell once, on alternating CPUs; the decide stage's run a cell that keeps its CPU on
        // both, and a spreading one once.
        static RoundTime[] Rounds(int planned, int extra, bool spreads) => [.. Enumerable.Range(0, planned + extra).SelectMany(r =>
            r < planned || spreads
                ? new[] { new RoundTime(r, 1.0, r % 2, Extra: r >= planned, Spreads: spreads) }
                : [new RoundTime(r, 1.0, 0, Extra: true), new RoundTime(r, 1.0, 1, Extra: true)])];
        Footing Of(int planned, int extra, bool spreadsA, bool spreadsB) => PairedRatio.FootingOf(Rounds(planned, extra, spreadsA), Rounds(planned, extra, spreadsB));

        // Two cells that keep their CPU: the planned rounds are not balanced, the decide stage's are.
        Assert.Equal(new Footing(3, BalancedSpread: false), Of(3, 0, false, false));
        Assert.Equal(new Footing(1, BalancedSpread: false), Of(3, 2, false, false));
        Assert.Equal(new Footing(0, BalancedSpread: true), Of(3, 3, false, false));
        // Two spreading cells: every round is balanced, and one of the decide stage's puts the ratio on them.
        Assert.Equal(new Footing(1, BalancedSpread: true), Of(3, 0, true, true));
        Assert.Equal(new Footing(0, BalancedSpread: true), Of(3, 1, true, true));
        // A spreading cell over one that keeps its CPU: balanced in the decide stage's rounds only.
        Assert.Equal(new Footing(3, BalancedSpread: false), Of(3, 0, true, false));
        Assert.Equal(new Footing(0, BalancedSpread: true), Of(3, 3, true, false));
    }

    [Theory]
    [InlineData(3, false, 40, 3)] // the estimate from rounds on one CPU each is the two-speed vCPUs': the rounds to rest only
    [InlineData(3, false, 1, 3)]
    [InlineData(1, true, 1, 1)] // balanced planned rounds: their own estimate, at least the round to rest...
    [InlineData(1, true, 2, 2)]
    [InlineData(1, true, 5, 3)] // ...and no more than the exploration every claim may have
    [InlineData(1, true, null, 3)]
    [InlineData(0, true, 7, 7)] // resting on balanced rounds: their estimate
    [InlineData(0, true, null, null)]
    public void The_rounds_a_condition_is_reckoned_to_need_follow_from_what_it_stands_on(int toRest, bool balanced, int? moreRounds, int? horizon)
        => Assert.Equal(horizon, new Footing(toRest, balanced).Horizon(moreRounds));

    [Fact]
    public void The_interval_widens_with_noise_and_narrows_with_rounds()
    {
        var few = LogInterval.Of([0.9, 1.1, 1.0]);
        var many = LogInterval.Of([0.9, 1.1, 1.0, 0.9, 1.1, 1.0, 0.9, 1.1, 1.0]);

        Assert.True(few.Low < many.Low && many.High < few.High);
        Assert.True(few.Low > 0 && double.IsFinite(few.High));
        Assert.False(LogInterval.Of([1.0]).IsBounded);
    }

    [Fact]
    public void Rounds_to_clear_a_bound_grow_as_the_estimate_nears_it()
    {
        var q = LogInterval.Of([1.05, 1.15, 1.1, 1.12]);

        Assert.True(q.ObservationsToClear(1.0) < q.ObservationsToClear(1.08));
        Assert.Null(LogInterval.Of([1.0, 1.0]).ObservationsToClear(1.0));
    }

    [Fact]
    public void An_estimate_on_its_bound_is_reckoned_within_reach_after_three_rounds_and_out_of_it_after_thirty()
    {
        // The same mean (on the bound) and spread, from 3 and from 30 rounds: the truth is as likely a little off the
        // bound as on it, by less the more rounds there are, so the predicted count grows with them: at 99 % about
        // 1 + (2.576 / 0.674)² ≈ 16 times the rounds so far, 0.674 being the normal quantile of 3/4.
        static LogInterval OnTheBound(int count) => new(1.1, 1.0, 1.2, count, LogSd: 0.07, Level: 0.99);
        var (few, many) = (OnTheBound(3).ObservationsToClear(1.1), OnTheBound(30).ObservationsToClear(1.1));

        Assert.InRange(few ?? 0, 30, 60);
        Assert.InRange(many ?? 0, 300, 600);
    }

    [Fact]
    public void Far_from_its_bound_an_estimate_is_reckoned_as_its_distance_says()
    {
        // 40 rounds at 1.2 (sd 0.05) against 1.1 at 95 %: the distance is 17 standard errors, as good as known, so
        // the count is (z · sd / distance)² = (1.96 · 0.05 / ln 1.2/1.1)² ≈ 1.3: the next round already.
        var far = new LogInterval(1.2, 1.1, 1.3, 40, LogSd: 0.05);
        Assert.Equal(41, far.ObservationsToClear(1.1));

        // Three rounds 1 % from the bound at a spread of 7 %: the point reckoning, (1.96 · 0.07 / 0.01)² ≈ 188 in all,
        // takes the distance as known, but after three rounds it is ±0.04; the predictive count is about 9 times three
        // at 95 % (1 + (1.96 / 0.674)², 0.674 the normal quantile of 3/4; about 16 times at the decide stage's 99 %).
        var near = new LogInterval(Math.Exp(Math.Log(1.1) + 0.01), 1.0, 1.3, 3, LogSd: 0.07);
        Assert.InRange(near.ObservationsToClear(1.1) ?? 0, 20, 40);
    }

    [Fact]
    public void The_chance_to_decide_grows_with_the_rounds_and_reaches_one_half_where_the_count_says()
    {
        var z = Confidence.NormalQuantile(0.99);
        var chances = new[] { 4, 8, 16, 32, 64, 128 }.Select(total => LogInterval.DecideChance(0.02, 0.07, 3, total, z)).ToArray();
        Assert.True(chances.Zip(chances.Skip(1)).All(p => p.First < p.Second), string.Join(", ", chances));

        var q = new LogInterval(Math.Exp(Math.Log(1.1) - 0.02), 1.0, 1.2, 3, LogSd: 0.07, Level: 0.99);
        var count = q.ObservationsToClear(1.1)!.Value;
        Assert.True(LogInterval.DecideChance(0.02, 0.07, 3, count, z) >= 0.5);
        Assert.True(LogInterval.DecideChance(0.02, 0.07, 3, count - 1, z) < 0.5);
    }

    private sealed class ToleranceComparer : IEqualityComparer<(double, double, double)>
    {
        public bool Equals((double, double, double) a, (double, double, double) b)
            => Math.Abs(a.Item1 - b.Item1) < 1e-9 && Math.Abs(a.Item2 - b.Item2) < 1e-9 && Math.Abs(a.Item3 - b.Item3) < 1e-9;

        public int GetHashCode((double, double, double) obj) => 0;
    }
}
