using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Running;
using ParallelRepro.Statistics;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Claims;

/// <summary>
/// "At every n" conditions read eight intervals, and one failing n fails them: that n must fail at the Bonferroni
/// level (99.375 % over 8), or one of eight 95 % intervals would fail a true claim far more often than 5 % of the time.
/// </summary>
public sealed class MultiplicityTests
{
    private static readonly int[] Ns = [1, 2, 4, 8, 16, 32, 64, 128];

    // Five rounds; mt(2)/serial wobbles ±4 % around its value, every other mt is 1.2 × serial.
    private static readonly double[] Wobble = [1.03, 0.97, 1.04, 0.96, 1.0];

    private static ClaimOutcome NoSpeedupWith(double mt2OverSerial)
    {
        var records = Wobble.SelectMany((wobble, round) => Ns.Select(n =>
                Records.Make("mt", n, n == 2 ? mt2OverSerial * wobble : 1.2, repetition: round) with { Round = round })
            .Append(Records.Make("serial", 1, 1.0, repetition: round) with { Round = round }));
        using var dir = new TempDir();
        Records.WriteRunner(dir.Path, "r1", records);
        var results = Aggregator.Aggregate([dir.Path], TimeProvider.System);
        return ClaimEvaluator.Evaluate(new ClaimInputs(results, null, []), TimeProvider.System).Outcomes.Single(o => o.Id == "cpu-mt-no-speedup");
    }

    [Fact]
    public void One_n_just_below_the_bound_at_95_percent_does_not_fail_a_condition_over_eight()
    {
        var at95 = LogInterval.Of([.. Wobble.Select(w => 0.90 * w)]);
        Assert.True(at95.High < 0.95, $"the scenario: at 95 % mt(2)/serial [{at95.Low}, {at95.High}] lies below 0.95");

        var outcome = NoSpeedupWith(0.90);

        Assert.Equal(Verdict.Inconclusive, outcome.Verdict);
        var condition = outcome.Conditions[0];
        Assert.Equal(ConditionState.Undecided, condition.State);
        Assert.Equal(Confidence.Bonferroni(8), condition.Estimate!.Level, 9);
        Assert.True(condition.Estimate.Low < 0.95 && condition.Estimate.High > 0.95, $"{condition.Estimate}");
        Assert.Contains("at 99.4 % straddles ≥ 0.95", condition.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_n_far_below_the_bound_fails_it_at_the_corrected_level_too()
    {
        var outcome = NoSpeedupWith(0.70);

        Assert.Equal(Verdict.NotReproduced, outcome.Verdict);
        var condition = outcome.Conditions[0];
        Assert.Equal(ConditionState.Fails, condition.State);
        Assert.Equal("mt(2)/serial", condition.Estimate!.Label);
        Assert.EndsWith("at 99.4 %", condition.Estimate.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Holding_at_every_n_needs_no_correction()
    {
        var outcome = NoSpeedupWith(1.2);

        Assert.Equal(Verdict.Reproduced, outcome.Verdict);
        Assert.All(outcome.Conditions, c => Assert.Equal(Confidence.Default, c.Estimate!.Level));
    }
}
