using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Deciding;
using ParallelRepro.Running;
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
    public void An_undecided_some_n_condition_aims_its_rounds_at_the_n_nearest_to_holding()
    {
        // "mt at some n ≥ 4 > mt at n=1": every n straddles; mt(128)/mt(1), at 1.08, is the nearest to holding, and one
        // holding n is all the condition needs.
        var level = new Dictionary<int, double> { [4] = 1.0, [8] = 1.06, [16] = 1.03, [32] = 1.01, [64] = 0.99, [128] = 1.08 };
        var records = new[] { 1.03, 0.97, 1.04, 0.96 }.SelectMany((wobble, round) => level
            .Select(n => Records.Make("mt", n.Key, n.Value * wobble, repetition: round) with { Round = round })
            .Append(Records.Make("mt", 1, 1.0, repetition: round) with { Round = round }));
        var (_, claims) = Evaluate(records);

        var someN = claims.Outcomes.Single(o => o.Id == "cpu-mt-worse-with-n" && o.Runner == "r1").Conditions[1];

        Assert.Equal(ConditionState.Undecided, someN.State);
        Assert.Equal(["cpu_bound.mt@1", "cpu_bound.mt@128"], someN.Cells.Order(StringComparer.Ordinal));
        Assert.Equal("mt(128)/mt(1)", someN.Estimate!.Label);
        Assert.Contains("n=4:", someN.Note, StringComparison.Ordinal); // the note still names every straddling n
    }

    [Fact]
    public void A_claim_needs_the_fewest_rounds_of_a_condition_leaning_to_fail_else_the_most_of_all()
    {
        static Condition Undecided(int? more, bool leansToFail) => new("c", ConditionState.Undecided, new Dictionary<string, double>())
        {
            MoreRounds = more, LeansToFail = leansToFail, Cells = ["cpu_bound.mt@1"],
        };
        static ClaimOutcome Claim(params Condition[] conditions) => new() { Id = "x", Verdict = Verdict.Inconclusive, Conditions = conditions };

        // mt(8)/mt(1) = 1.06 [0.98, 1.14] against ≥ 1.10 leans to fail: failing, it decides the claim alone.
        Assert.Equal(1, DecisionRounds.RoundsNeeded(Claim(Undecided(1, leansToFail: true), Undecided(12, leansToFail: false))));
        Assert.Equal(12, DecisionRounds.RoundsNeeded(Claim(Undecided(1, leansToFail: false), Undecided(12, leansToFail: false))));
        Assert.Null(DecisionRounds.RoundsNeeded(Claim(Undecided(1, leansToFail: false), Undecided(null, leansToFail: false))));
        Assert.Equal(1, DecisionRounds.RoundsNeeded(Claim(Undecided(1, leansToFail: true), Undecided(null, leansToFail: false))));
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
        Assert.Equal(undecided[0].MoreRounds, DecisionRounds.RoundsNeeded(outcome));
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
    public void An_every_n_condition_keeps_aiming_at_the_n_its_extra_rounds_went_to()
    {
        // "mt ≥ 0.95 × serial at every n": mt(1)/serial (0.85, planned rounds only) and mt(2)/serial (0.935, after
        // three extra rounds on both CPUs) both straddle 0.95 from the failing side. mt(1) is reckoned nearer to
        // deciding, but its reckoning rests on four planned rounds; the rounds stay with n = 2.
        double[] wobbles = [1.04, 0.96, 1.05, 0.95];
        var planned = wobbles.SelectMany((wobble, round) => ClaimScope.PaperNs
            .Select(n => Records.Make("mt", n, n switch { 1 => 0.85 * wobble, 2 => 0.935 / wobble, _ => 1.2 }, repetition: round) with { Round = round })
            .Append(Records.Make("serial", 1, 1.0, repetition: round) with { Round = round }));
        double[] extra = [1.03, 0.97, 1.0];
        var aimed = extra.SelectMany((wobble, i) => new[] { 0, 1 }.SelectMany(cpu => new[]
        {
            Records.Make("serial", 1, 1.0, repetition: ExtraRound.FirstRepetition + 2 * (4 + i) + cpu) with { Round = 4 + i, StartCpu = cpu, Purpose = "extra: cpu-mt-no-speedup" },
            Records.Make("mt", 2, 0.935 * wobble, repetition: ExtraRound.FirstRepetition + 2 * (4 + i) + cpu) with { Round = 4 + i, StartCpu = cpu, Purpose = "extra: cpu-mt-no-speedup" },
        }));

        var condition = FirstCondition("cpu-mt-no-speedup", planned.Concat(aimed));

        Assert.Equal((ConditionState.Undecided, true), (condition.State, condition.LeansToFail));
        Assert.Contains("n=1: mt(1)/serial", condition.Note, StringComparison.Ordinal); // n = 1 straddles too
        Assert.Contains("cpu_bound.mt@2", condition.Cells);
        Assert.DoesNotContain("cpu_bound.mt@1", condition.Cells);
    }

    /// <summary>A claim's first condition on runner r1, decided from these records alone (in a folder of their own).</summary>
    private static Condition FirstCondition(string claimId, IEnumerable<RunRecord> runs)
    {
        using var records = new TempDir();
        return Decided.From(records.Path, runs).Claims.Outcome(claimId).Conditions[0];
    }

    public void Dispose() => dir.Dispose();
}
