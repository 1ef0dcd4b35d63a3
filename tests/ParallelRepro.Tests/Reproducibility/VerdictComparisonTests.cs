using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Reproducibility;
using ParallelRepro.Running;
using ParallelRepro.Tests.Claims;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reproducibility;

/// <summary>Two runs must give the same verdict on every claim × runtime: every flip is listed.</summary>
public sealed class VerdictComparisonTests : IDisposable
{
    private readonly TempDir dir = new();

    private VerdictComparisonResult Compare(ClaimsReport a, ClaimsReport b)
    {
        ClaimsFile.Write(dir.File("a.json"), a);
        ClaimsFile.Write(dir.File("b.json"), b);
        return VerdictComparison.Compare(dir.File("a.json"), dir.File("b.json"));
    }

    private static ClaimOutcome On(string runner, Verdict verdict, string id = "cpu-mt-worse-with-n")
        => OutcomeTextTests.Outcome(verdict) with { Id = id, Runner = runner };

    [Fact]
    public void Two_runs_under_two_labels_pair_by_claim_runtime_and_cores_and_list_each_flip()
    {
        var result = Compare(
            OutcomeTextTests.Report(On("b2b-1", Verdict.Reproduced), On("b2b-1", Verdict.NotReproduced, "cpu-mp-speedup"), On("b2b-1", Verdict.Reproduced, "io-mt-speedup")),
            OutcomeTextTests.Report(On("b2b-2", Verdict.Inconclusive), On("b2b-2", Verdict.NotReproduced, "cpu-mp-speedup")));
        Assert.Equal(3, result.Compared);
        Assert.Equal(["cpu-mt-worse-with-n · py311 · all cores: reproduced → inconclusive", "io-mt-speedup · py311 · all cores: reproduced → absent"],
            result.Flips.Select(f => f.ToString()));
        Assert.Equal("verdicts: 3 claim × runtime outcome(s) compared, 2 flip(s)", result.Summary);
    }

    [Fact]
    public void The_same_verdicts_give_no_flip()
        => Assert.Empty(Compare(OutcomeTextTests.Report(On("x", Verdict.Reproduced)), OutcomeTextTests.Report(On("y", Verdict.Reproduced))).Flips);

    [Fact]
    public void The_claims_stage_on_each_runner_alone_finds_a_verdict_that_changed()
    {
        // Threaded CPU-bound time grows 20 % from n=1 to n=8 on the first run, and falls on the second.
        IEnumerable<RunRecord> Run(string runner, double mt8) =>
        [
            .. new[] { ("serial", 1, 1.0), ("mt", 1, 1.0), ("mt", 4, 1.1), ("mt", 8, mt8) }
                .SelectMany(c => Enumerable.Range(0, 3).Select(i => Records.Make(c.Item1, c.Item2, c.Item3, i, runner: runner))),
        ];
        Records.WriteRunner(dir.Path, "b2b-1", Run("b2b-1", 1.2));
        Records.WriteRunner(dir.Path, "b2b-2", Run("b2b-2", 0.8));
        var results = Aggregator.Aggregate([dir.Path], FixedClock.Default);

        var result = VerdictComparison.DecideAndCompare(results, "b2b-1", "b2b-2", dir.Path, FixedClock.Default);

        Assert.True(File.Exists(dir.File("claims-b2b-1.json")) && File.Exists(dir.File("claims-b2b-2.json")));
        Assert.DoesNotContain(ClaimsFile.Read(dir.File("claims-b2b-1.json")).Outcomes, o => o.Runner == "b2b-2");
        var flip = Assert.Single(result.Flips, f => f.Claim == "cpu-mt-worse-with-n");
        Assert.Equal("py · all cores", flip.Scope);
        Assert.NotEqual(flip.VerdictA, flip.VerdictB);
    }

    public void Dispose() => dir.Dispose();
}
