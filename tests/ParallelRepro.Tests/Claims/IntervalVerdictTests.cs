using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Claims;

/// <summary>The decision rule on synthetic records: intervals that hold, fail or straddle their bounds.</summary>
public sealed class IntervalVerdictTests
{
    /// <summary>Runs of cpu_bound cells, one per round, each time scaled by that round's machine speed.</summary>
    internal static IEnumerable<RunRecord> Rounds(IReadOnlyDictionary<(string Variant, int N), double> seconds, IReadOnlyList<double> speed, string runner = "r1")
        => speed.SelectMany((factor, round) => seconds.Select(cell =>
            Records.Make(cell.Key.Variant, cell.Key.N, cell.Value * factor, repetition: round, runner: runner) with { Round = round }));

    private static ClaimOutcome Decide(string id, IEnumerable<RunRecord> records)
    {
        using var dir = new TempDir();
        Records.WriteRunner(dir.Path, "r1", records);
        var results = Aggregator.Aggregate([dir.Path], TimeProvider.System);
        return ClaimEvaluator.Evaluate(new ClaimInputs(results, null, []), TimeProvider.System).Outcomes.Single(o => o.Id == id);
    }

    // Five rounds on a machine whose speed drifts by ±30 %: the drift is common to both cells of a round.
    private static readonly double[] Drift = [1.0, 1.3, 0.8, 1.15, 0.9];

    [Fact]
    public void A_two_sided_claim_holds_when_the_whole_interval_is_inside_its_band()
    {
        var outcome = Decide("cpu-omp-static-speedup", Rounds(new Dictionary<(string, int), double>
        {
            [("serial", 1)] = 3.0, [("omp-gil-static", 1)] = 1.0, [("omp-nogil-static", 1)] = 0.95,
        }, Drift));

        Assert.Equal(Verdict.Reproduced, outcome.Verdict);
        Assert.Equal(3.0, outcome.Conditions[0].Estimate!.Value, 6); // the drift divides out of every pair
        Assert.Equal("within [2, 4.50]", outcome.Conditions[0].Bound);
    }

    [Fact]
    public void A_two_sided_claim_fails_at_ten_times_off()
    {
        var outcome = Decide("cpu-omp-static-speedup", Rounds(new Dictionary<(string, int), double>
        {
            [("serial", 1)] = 3.0, [("omp-gil-static", 1)] = 0.1, [("omp-nogil-static", 1)] = 0.1,
        }, Drift));

        Assert.Equal(Verdict.NotReproduced, outcome.Verdict);
        Assert.All(outcome.Conditions, c => Assert.Equal(ConditionState.Fails, c.State));
        Assert.Equal(30, outcome.Conditions[0].Estimate!.Value, 6);
    }

    [Fact]
    public void A_straddling_interval_is_inconclusive_and_says_how_many_rounds_would_decide_it()
    {
        // mt(8)/mt(1) around 1.1 with 8 % noise per round, against a bound of 1.1: the interval straddles it.
        double[] noise = [1.02, 0.95, 1.08, 0.97];
        var records = noise.SelectMany((wobble, round) => new[]
        {
            Records.Make("mt", 1, 1.0, repetition: round) with { Round = round },
            Records.Make("mt", 8, 1.1 * wobble, repetition: round) with { Round = round },
            Records.Make("mt", 4, 1.2, repetition: round) with { Round = round },
        });

        var outcome = Decide("cpu-mt-worse-with-n", records);

        Assert.Equal(Verdict.Inconclusive, outcome.Verdict);
        var straddling = outcome.Conditions.Single(c => c.State == ConditionState.Undecided);
        Assert.Equal("mt at n=8 ≥ 1.1 × mt at n=1", straddling.Text);
        Assert.True(straddling.Estimate!.Low < 1.1 && straddling.Estimate.High > 1.1, $"{straddling.Estimate}");
        Assert.Contains("straddles ≥ 1.10", straddling.Note, StringComparison.Ordinal);
        Assert.Equal(["cpu_bound.mt@8", "cpu_bound.mt@1"], straddling.Cells);
        Assert.False(straddling.MissingData);
        Assert.Contains("mt at n=8 ≥ 1.1 × mt at n=1", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_run_per_cell_gives_no_interval_so_nothing_is_decided_on_it()
    {
        var outcome = Decide("cpu-omp-static-speedup", Rounds(new Dictionary<(string, int), double>
        {
            [("serial", 1)] = 3.0, [("omp-gil-static", 1)] = 1.0, [("omp-nogil-static", 1)] = 1.0,
        }, [1.0]));

        Assert.Equal(Verdict.Inconclusive, outcome.Verdict);
        Assert.Contains("fewer than 2 runs, no interval", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_times_under_50_ms_of_work_decides_nothing()
    {
        var outcome = Decide("cpu-omp-static-speedup", Rounds(new Dictionary<(string, int), double>
        {
            [("serial", 1)] = 0.3, [("omp-gil-static", 1)] = 0.01, [("omp-nogil-static", 1)] = 0.01,
        }, Drift));

        Assert.Equal(Verdict.NotTestableHere, outcome.Verdict);
        Assert.Contains("under 50 ms: start-up noise", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_short_cell_timed_over_enough_loops_is_decided()
    {
        var records = Rounds(new Dictionary<(string, int), double>
        {
            [("serial", 1)] = 0.3, [("omp-gil-static", 1)] = 0.01, [("omp-nogil-static", 1)] = 0.01,
        }, Drift).Select(r => r with { Loops = 16 });

        Assert.Equal(Verdict.NotReproduced, Decide("cpu-omp-static-speedup", records).Verdict); // 30×, not about 3×
    }

    /// <summary>
    /// Three planned rounds of the cpu_bound group: serial steady, the threaded programs moved together by
    /// <paramref name="shared"/> each round (so mt(8)/mt(1) agrees with itself within 0.4 %), the process programs
    /// each by its own <paramref name="own"/>. The group's other ratios over serial say how far a round moves.
    /// </summary>
    private static IEnumerable<RunRecord> LuckyTight(double[] shared, double[][] own)
    {
        double[] wobble = [1.000, 1.004, 0.997];
        return Enumerable.Range(0, 3).SelectMany(round => new[]
        {
            Records.Make("serial", 1, 1.0, repetition: round),
            Records.Make("mt", 1, 1.0 * shared[round], repetition: round),
            Records.Make("mt", 8, 1.2 * shared[round] * wobble[round], repetition: round),
        }.Concat(own.Select((factors, i) => Records.Make("mp", 1 << i, 1.0 / (1 << i) * factors[round], repetition: round)))
            .Select(r => r with { Round = round }));
    }

    [Fact]
    public void Three_rounds_that_agree_by_luck_are_not_trusted_when_the_rest_of_their_group_moves_ten_times_as_much()
    {
        // The rest of the group moves 10-25 % from round to round: mt(8)/mt(1)'s 0.4 % is luck, and its interval
        // takes the group's spread (VariancePrior), which straddles 1.1.
        var noisy = Decide("cpu-mt-worse-with-n", LuckyTight([1.0, 1.25, 0.85],
            [[1.1, 0.9, 1.2], [0.85, 1.1, 1.0], [1.2, 1.0, 0.8], [0.95, 1.2, 1.05]]));
        // The same ratio in a group that moves 0.3 % a round is decided on the same three rounds.
        var quiet = Decide("cpu-mt-worse-with-n", LuckyTight([1.0, 1.003, 0.998],
            [[1.002, 0.998, 1.0], [0.997, 1.0, 1.003], [1.0, 1.002, 0.997], [0.998, 1.003, 1.0]]));

        var first = noisy.Conditions.Single(c => c.Text == "mt at n=8 ≥ 1.1 × mt at n=1");
        Assert.Equal(ConditionState.Undecided, first.State);
        Assert.True(first.Estimate!.Low < 1.1 && first.Estimate.High > 1.1, $"{first.Estimate}");
        Assert.Equal(ConditionState.Holds, quiet.Conditions.Single(c => c.Text == first.Text).State);
        Assert.Equal(1.2, first.Estimate.Value, 2);
    }
}
