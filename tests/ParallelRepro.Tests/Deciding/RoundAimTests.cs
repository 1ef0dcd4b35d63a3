using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Deciding;
using ParallelRepro.Running;
using ParallelRepro.Statistics;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Deciding;

/// <summary>
/// Where an inconclusive claim's extra rounds go: which condition, which n of a condition over n, and how many rounds
/// the claim is reckoned to need.
/// </summary>
public sealed class RoundAimTests : IDisposable
{
    private readonly TempDir dir = new();

    private (Results Results, ClaimsReport Claims) Evaluate(IEnumerable<RunRecord> records) => Decided.From(dir.File("artifacts/runs"), records);

    [Fact]
    public void An_undecided_some_n_condition_explores_the_n_on_the_holding_side()
    {
        // "mt at some n ≥ 4 > mt at n=1": every n straddles. One holding n is all the condition needs, so the rounds go
        // to the n whose estimate lies on the holding side (8, 16, 32, 128), none of which has had an extra round.
        var level = new Dictionary<int, double> { [4] = 1.0, [8] = 1.06, [16] = 1.03, [32] = 1.01, [64] = 0.99, [128] = 1.08 };
        var records = new[] { 1.03, 0.97, 1.04, 0.96 }.SelectMany((wobble, round) => level
            .Select(n => Records.Make("mt", n.Key, n.Value * wobble, repetition: round) with { Round = round })
            .Append(Records.Make("mt", 1, 1.0, repetition: round) with { Round = round }));
        var (_, claims) = Evaluate(records);

        var someN = claims.Outcomes.Single(o => o.Id == "cpu-mt-worse-with-n" && o.Runner == "r1").Conditions[1];

        Assert.Equal(ConditionState.Undecided, someN.State);
        Assert.Equal(["cpu_bound.mt@1", "cpu_bound.mt@128", "cpu_bound.mt@16", "cpu_bound.mt@32", "cpu_bound.mt@8"], someN.Cells.Order(StringComparer.Ordinal));
        Assert.Equal("mt(128)/mt(1)", someN.Estimate!.Label); // the one shown is the nearest to holding
        Assert.Contains("n=4:", someN.Note, StringComparison.Ordinal); // the note still names every straddling n
    }

    [Fact]
    public void A_claim_needs_the_fewest_rounds_of_a_condition_leaning_to_fail_else_the_most_of_all()
    {
        // Each quantity rests on balanced rounds: its own estimate is the condition's need.
        static Condition Undecided(int? more, bool leansToFail) => new("c", ConditionState.Undecided, new Dictionary<string, double>())
        {
            MoreRounds = more, LeansToFail = leansToFail, Cells = ["cpu_bound.mt@1"], Footing = new Footing(0, BalancedSpread: true),
        };
        static ClaimOutcome Claim(params Condition[] conditions) => new() { Id = "x", Verdict = Verdict.Inconclusive, Conditions = conditions };

        // mt(8)/mt(1) = 1.06 [0.98, 1.14] against ≥ 1.10 leans to fail: failing, it decides the claim alone.
        Assert.Equal(1, DecisionRounds.Horizon(Claim(Undecided(1, leansToFail: true), Undecided(12, leansToFail: false))));
        Assert.Equal(12, DecisionRounds.Horizon(Claim(Undecided(1, leansToFail: false), Undecided(12, leansToFail: false))));
        Assert.Null(DecisionRounds.Horizon(Claim(Undecided(1, leansToFail: false), Undecided(null, leansToFail: false))));
        Assert.Equal(1, DecisionRounds.Horizon(Claim(Undecided(1, leansToFail: true), Undecided(null, leansToFail: false))));
    }

    [Fact]
    public void A_straddling_quantity_leans_to_fail_when_its_estimate_lies_on_the_failing_side()
    {
        static Condition Mt8OverMt1(double ratio)
        {
            var runs = new[] { 1.04, 0.96, 1.05, 0.95 }.SelectMany((wobble, round) => new[]
            {
                Records.Make("mt", 1, 1.0, repetition: round) with { Round = round },
                Records.Make("mt", 8, ratio * wobble, repetition: round) with { Round = round },
            });
            return FirstCondition("cpu-mt-worse-with-n", runs);
        }

        var below = Mt8OverMt1(1.06);
        var above = Mt8OverMt1(1.14);

        Assert.Equal((ConditionState.Undecided, true), (below.State, below.LeansToFail));
        Assert.Equal((ConditionState.Undecided, false), (above.State, above.LeansToFail));
    }

    [Fact]
    public void A_claim_with_a_condition_leaning_to_fail_aims_its_round_at_that_condition_alone()
    {
        // cpu-mt-worse-with-n: mt(8)/mt(1) = 1.06 straddles 1.1 from below (failing it fails the claim), and "mt at
        // some n ≥ 4 > mt at n=1" is undecided too, nearest to holding at n = 16.
        var runs = new[] { 1.04, 0.96, 1.05, 0.95 }.SelectMany((wobble, round) => new[]
        {
            Records.Make("mt", 1, 1.0, repetition: round) with { Round = round },
            Records.Make("mt", 8, 1.06 * wobble, repetition: round) with { Round = round },
            Records.Make("mt", 16, 1.08 * (round % 2 == 0 ? 1.1 : 0.9), repetition: round) with { Round = round },
        });
        var (results, claims) = Evaluate(runs);
        var outcome = claims.Outcomes.Single(o => o.Id == "cpu-mt-worse-with-n" && o.Runner == "r1");
        var undecided = ExtraRound.Undecided(outcome).ToArray();

        Assert.Equal(2, undecided.Length);
        Assert.Contains("cpu_bound.mt@16", undecided[1].Cells);
        Assert.Equal([undecided[0]], ExtraRound.Aimed(outcome));
        var plan = ExtraRound.Plan(claims, results, "r1", new HashSet<string> { "py" }, seed: 1, cpus: 2);
        Assert.Equal([1, 8], plan.Select(r => r.Cell.Workers).Distinct().Order());
        Assert.Equal(undecided[0].Footing.Horizon(undecided[0].MoreRounds), DecisionRounds.Horizon(outcome));
    }

    [Fact]
    public void An_every_n_condition_leans_to_fail_when_a_straddling_n_lies_on_the_failing_side_and_aims_its_rounds_there()
    {
        // "mt ≥ 0.95 × serial at every n": every n but two clears the bound; mt(2)/serial straddles it from above
        // (0.99), and mt(1)/serial from below (0.92) or from above (0.98). Failing at n = 1 alone would fail the
        // condition, so that is where its rounds go; otherwise both n must hold.
        static Condition MtOverSerial(double atOne)
        {
            var runs = new[] { 1.04, 0.96, 1.05, 0.95 }.SelectMany((wobble, round) => ClaimScope.PaperNs
                .Select(n => Records.Make("mt", n, n switch { 1 => atOne * wobble, 2 => 0.99 / wobble, _ => 1.2 }, repetition: round) with { Round = round })
                .Append(Records.Make("serial", 1, 1.0, repetition: round) with { Round = round }));
            return FirstCondition("cpu-mt-no-speedup", runs);
        }

        var below = MtOverSerial(0.92);
        var above = MtOverSerial(0.98);

        Assert.Equal((ConditionState.Undecided, true), (below.State, below.LeansToFail));
        Assert.Equal((ConditionState.Undecided, false), (above.State, above.LeansToFail));
        Assert.NotNull(below.MoreRounds);
        Assert.Contains("cpu_bound.mt@1", below.Cells);
        Assert.DoesNotContain("cpu_bound.mt@2", below.Cells);
        Assert.Contains("cpu_bound.mt@1", above.Cells);
        Assert.Contains("cpu_bound.mt@2", above.Cells);
    }

    [Fact]
    public void An_every_n_condition_explores_each_n_on_the_failing_side_before_it_commits()
    {
        // "mt ≥ 0.95 × serial at every n": mt(2)/serial (0.935) has had three extra rounds on both CPUs; mt(1)/serial
        // (0.85) straddles 0.95 from the failing side too, on its planned rounds alone. It gets its three rounds before
        // either is preferred.
        var condition = FirstCondition("cpu-mt-no-speedup", Planned(atOne: 0.85, atTwo: 0.935).Concat(Balanced(2, 0.935, rounds: 3)));

        Assert.Equal((ConditionState.Undecided, true), (condition.State, condition.LeansToFail));
        Assert.Contains("n=2: mt(2)/serial", condition.Note, StringComparison.Ordinal); // n = 2 straddles too
        Assert.Contains("cpu_bound.mt@1", condition.Cells);
        Assert.DoesNotContain("cpu_bound.mt@2", condition.Cells);
    }

    [Fact]
    public void Once_explored_an_every_n_condition_commits_to_the_n_nearest_to_deciding_not_to_the_one_with_most_rounds()
    {
        // The run this comes from kept its rounds on omp-gil-dynamic(2)/serial, near its bound, where n = 1 was not:
        // here mt(2)/serial has had six extra rounds at 0.94 and mt(1)/serial three at 0.90, against 0.95.
        var nearerAtOne = Planned(atOne: 0.90, atTwo: 0.94).Concat(Balanced(2, 0.94, rounds: 6)).Concat(Balanced(1, 0.90, rounds: 3, from: 10));
        var condition = FirstCondition("cpu-mt-no-speedup", nearerAtOne);

        Assert.Equal((ConditionState.Undecided, true), (condition.State, condition.LeansToFail));
        Assert.Contains("n=2: mt(2)/serial", condition.Note, StringComparison.Ordinal);
        Assert.Contains("cpu_bound.mt@1", condition.Cells);
        Assert.DoesNotContain("cpu_bound.mt@2", condition.Cells);

        // With n = 2 the nearer one (0.91 against n = 1's 0.94), the rounds go there.
        var nearerAtTwo = FirstCondition("cpu-mt-no-speedup",
            Planned(atOne: 0.94, atTwo: 0.91).Concat(Balanced(2, 0.91, rounds: 6)).Concat(Balanced(1, 0.94, rounds: 3, from: 10)));
        Assert.Contains("n=1: mt(1)/serial", nearerAtTwo.Note, StringComparison.Ordinal);
        Assert.Contains("cpu_bound.mt@2", nearerAtTwo.Cells);
        Assert.DoesNotContain("cpu_bound.mt@1", nearerAtTwo.Cells);
    }

    /// <summary>Four planned rounds of mt at every n (1.2 × serial but at n = 1 and 2) and serial, wobbling ±5 %.</summary>
    private static IEnumerable<RunRecord> Planned(double atOne, double atTwo)
        => new[] { 1.04, 0.96, 1.05, 0.95 }.SelectMany((wobble, round) => ClaimScope.PaperNs
            .Select(n => Records.Make("mt", n, n switch { 1 => atOne * wobble, 2 => atTwo / wobble, _ => 1.2 }, repetition: round) with { Round = round })
            .Append(Records.Make("serial", 1, 1.0, repetition: round) with { Round = round }));

    /// <summary>Extra rounds of mt at one n and serial, each on both CPUs, for cpu-mt-no-speedup, wobbling ±3 %.</summary>
    private static IEnumerable<RunRecord> Balanced(int n, double ratio, int rounds, int from = 4)
    {
        double[] wobbles = [1.03, 0.97, 1.0, 1.02, 0.98, 1.01];
        return Enumerable.Range(0, rounds).SelectMany(i => new[] { 0, 1 }.SelectMany(cpu =>
        {
            var (round, purpose) = (from + i, "extra: cpu-mt-no-speedup");
            return new[]
            {
                Records.Make("serial", 1, 1.0, repetition: ExtraRound.FirstRepetition + 2 * round + cpu) with { Round = round, StartCpu = cpu, Purpose = purpose },
                Records.Make("mt", n, ratio * wobbles[i % wobbles.Length], repetition: ExtraRound.FirstRepetition + 2 * round + cpu) with { Round = round, StartCpu = cpu, Purpose = purpose },
            };
        }));
    }

    /// <summary>A claim's first condition on runner r1, decided from these records alone (in a folder of their own).</summary>
    private static Condition FirstCondition(string claimId, IEnumerable<RunRecord> runs)
    {
        using var records = new TempDir();
        return Decided.From(records.Path, runs).Claims.Outcome(claimId).Conditions[0];
    }

    public void Dispose() => dir.Dispose();
}
