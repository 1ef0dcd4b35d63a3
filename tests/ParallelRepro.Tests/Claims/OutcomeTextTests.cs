using ParallelRepro.Claims;
using ParallelRepro.Paper;

namespace ParallelRepro.Tests.Claims;

/// <summary>How verdicts read: the key number with its interval, and why an inconclusive claim is undecided.</summary>
public sealed class OutcomeTextTests
{
    internal static readonly ClaimOutcome Inconclusive = Outcome(Verdict.Inconclusive,
        new Condition("mt at n=8 ≥ 1.1 × mt at n=1", ConditionState.Undecided, new Dictionary<string, double> { ["mt(8)/mt(1)"] = 1.05 })
        {
            Estimate = new Estimate("mt(8)/mt(1)", 1.05, 0.98, 1.12, 5), Bound = "≥ 1.1", MoreRounds = 12, Cells = ["cpu_bound.mt@8", "cpu_bound.mt@1"],
        },
        Holding("max mt(n≥4)/mt(1)", 1.2, 1.1, 1.3));

    internal static ClaimOutcome Outcome(Verdict verdict, params Condition[] conditions)
        => new() { Id = "cpu-mt-worse-with-n", Runner = "r1", Runtime = "py311", Cores = 0, LogicalCores = 2, Verdict = verdict, Conditions = conditions };

    internal static Condition Holding(string label, double value, double low, double high, ConditionState state = ConditionState.Holds)
        => new($"{label} condition", state, new Dictionary<string, double> { [label] = value }) { Estimate = new Estimate(label, value, low, high, 7) };

    internal static ClaimsReport Report(params ClaimOutcome[] outcomes) => new()
    {
        CreatedUtc = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), Commits = ["abc"], Claims = PaperClaims.All, Outcomes = outcomes,
    };

    [Fact]
    public void An_estimate_reads_as_a_ratio_with_its_interval()
        => Assert.Equal("0.97× [0.93, 1.01]", new Estimate("mt/serial", 0.97, 0.93, 1.01, 9).Text());

    [Fact]
    public void The_key_number_is_the_deciding_conditions_estimate()
    {
        Assert.Equal("1.05× [0.98, 1.12]", Inconclusive.KeyNumber());
        var failed = Outcome(Verdict.NotReproduced, Holding("a", 2, 1.9, 2.1), Holding("b", 0.5, 0.4, 0.6, ConditionState.Fails));
        Assert.Equal("0.50× [0.40, 0.60]", failed.KeyNumber());
        Assert.Equal("2.00× [1.90, 2.10]", Outcome(Verdict.Reproduced, Holding("a", 2, 1.9, 2.1), Holding("b", 3, 2.9, 3.1)).KeyNumber());
    }

    [Fact]
    public void Without_an_estimate_the_key_number_is_the_measured_value_when_there_is_just_one()
    {
        var single = Outcome(Verdict.Reproduced, new Condition("c", ConditionState.Holds, new Dictionary<string, double> { ["mp(4)/serial"] = 0.45 }));
        Assert.Equal("mp(4)/serial: 0.45", single.KeyNumber());
        var perN = Outcome(Verdict.NotReproduced, new Condition("c", ConditionState.Fails, new Dictionary<string, double> { ["n=1"] = 1.02, ["n=2"] = 0.55 }));
        Assert.Null(perN.KeyNumber()); // which n failed? one number alone would mislead
        Assert.Null(Outcome(Verdict.NotTestableHere).KeyNumber());
    }

    [Fact]
    public void An_inconclusive_reason_names_the_condition_how_far_it_straddles_and_the_rounds_to_decide()
        => Assert.Equal("mt at n=8 ≥ 1.1 × mt at n=1: mt(8)/mt(1): 1.05× [0.98, 1.12] straddles ≥ 1.1 (reaches 0.12 past it); about 12 more rounds would decide it",
            Inconclusive.InconclusiveReason());

    [Fact]
    public void The_claims_stage_writes_the_reason_into_inconclusive_outcomes_only()
    {
        var decided = Outcome(Verdict.Reproduced, Holding("a", 2, 1.9, 2.1));
        var report = ClaimsStage.WithReasons(Report(Inconclusive, decided));
        Assert.Equal(Inconclusive.InconclusiveReason(), report.Outcomes[0].Reason);
        Assert.Null(report.Outcomes[1].Reason);
    }
}
