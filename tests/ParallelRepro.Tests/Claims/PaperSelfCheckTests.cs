using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Paper;

namespace ParallelRepro.Tests.Claims;

/// <summary>Each check, run on the paper's own numbers, must reproduce the paper: a sanity check of the thresholds and of the code.</summary>
public sealed class PaperSelfCheckTests
{
    private static ClaimsReport EvaluatePaper()
        => ClaimEvaluator.Evaluate(new ClaimInputs(PaperResults.Create(), new PaperEffortTable(), [PaperResults.Figure2Profile()]), TimeProvider.System);

    [Fact]
    public void Every_claim_in_claims_json_has_exactly_one_check()
    {
        Assert.Equal(PaperClaims.All.Select(c => c.Id).Order(), ClaimChecks.Ids.Order());
        Assert.Equal(19, PaperClaims.All.Count);
    }

    [Fact]
    public void Every_claim_is_reproduced_on_the_papers_own_data()
    {
        var report = EvaluatePaper();
        Assert.Equal(PaperClaims.All.Count, report.Outcomes.Count);
        Assert.All(report.Outcomes, o => Assert.True(o.Verdict == Verdict.Reproduced,
            $"{o.Id}: {o.Verdict} {o.Reason} {string.Join("; ", o.Conditions.Where(c => c.State != ConditionState.Holds).Select(c => $"{c.Text} [{c.Measured}]"))}"));
        Assert.All(PaperClaims.All, c => Assert.True(c.PaperPassesCheck, c.Id));
    }

    [Fact]
    public void The_evidence_carries_the_papers_numbers()
    {
        var outcome = EvaluatePaper().Outcomes.Single(o => o.Id == "cpu-mt-worse-with-n");
        var ratio = outcome.Conditions[0].Values["mt(8)/mt(1)"];
        Assert.Equal(21.29 / 13.08, ratio, 6);
        Assert.Equal("paper · CPython 2.7.3 · all 4 cores", outcome.Scope);
    }

    [Fact]
    public void Paper_figures_map_every_legend_to_a_variant_id()
    {
        var ids = PaperFigures.Bars.Select(b => $"{b.Group}.{b.Variant}").Distinct().Order().ToArray();
        Assert.Equal(
        [
            "cpu_bound.mp", "cpu_bound.mt", "cpu_bound.omp-gil-static", "cpu_bound.omp-nogil-static", "cpu_bound.serial",
            "io_bound.mp", "io_bound.mt", "io_bound.omp-gil-dynamic", "io_bound.serial",
            "memory_bound.mp", "memory_bound.mt", "memory_bound.omp-gil-dynamic", "memory_bound.omp-gil-static", "memory_bound.omp-nogil-static",
            "memory_bound.serial", "memory_bound.serial-static",
            "overhead.mp", "overhead.mp-manager", "overhead.mt", "overhead.omp", "overhead.serial",
        ], ids);
        // Figure 5 repeats Figure 4's n=1 bars: the first figure wins.
        Assert.Equal("Figure 4", PaperFigures.Bars.Single(b => b is { Group: "memory_bound", Variant: "omp-gil-dynamic", Workers: 1 }).Figure);
    }
}
