using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Statistics;

namespace ParallelRepro.Tests.Claims;

/// <summary>How verdicts are decided when data is missing, partial, or contradicts the paper.</summary>
public sealed class ClaimEvaluatorTests
{
    private static ClaimOutcome Outcome(Results results, string id, IEffortTable? effort = null)
        => ClaimEvaluator.Evaluate(new ClaimInputs(results, effort, []), TimeProvider.System).Outcomes.Single(o => o.Id == id);

    private static Results Paper(Func<CellResult, bool>? keep = null, Func<CellResult, CellResult>? change = null, int logicalCores = 4)
    {
        var paper = PaperResults.Create();
        return paper with
        {
            Cells = paper.Cells.Where(keep ?? (_ => true)).Select(change ?? (c => c)).ToArray(),
            Runners = [paper.Runners[0] with { Machine = paper.Runners[0].Machine with { LogicalCores = logicalCores } }],
        };
    }

    /// <summary>A cell of the paper's results measured at <paramref name="seconds"/> instead (every round of it).</summary>
    private static CellResult Timed(CellResult cell, double seconds)
        => cell with { ProcTime = Summary.Of([seconds]), Samples = cell.Samples.Select(r => r with { ProcS = seconds }).ToArray() };

    [Fact]
    public void A_group_that_was_not_run_is_not_testable_and_says_so()
    {
        var outcome = Outcome(Paper(keep: c => c.Group != "io_bound"), "io-mt-speedup");
        Assert.Equal(Verdict.NotTestableHere, outcome.Verdict);
        Assert.Equal("io_bound not run", outcome.Reason);
    }

    [Fact]
    public void Too_few_cores_make_a_claim_not_testable_with_the_reason()
    {
        var outcome = Outcome(Paper(logicalCores: 2), "cpu-omp-nogil-slows-with-n");
        Assert.Equal(Verdict.NotTestableHere, outcome.Verdict);
        Assert.StartsWith("needs ≥ 3 logical cores, runs had 2: ", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(outcome.Conditions);
    }

    [Fact]
    public void A_pinned_n_that_was_not_run_is_named()
    {
        var outcome = Outcome(Paper(keep: c => c.Workers <= 4), "cpu-mt-worse-with-n");
        Assert.Equal(Verdict.NotTestableHere, outcome.Verdict);
        Assert.Equal("mt at n=8 ≥ 1.1 × mt at n=1: cpu_bound.mt not run at n=8 (ran n = 1, 2, 4)", outcome.Reason);
    }

    [Fact]
    public void For_every_n_that_holds_on_part_of_the_range_is_undecided()
    {
        var outcome = Outcome(Paper(keep: c => c.Workers <= 4 || c.Group != "overhead" || c.Variant != "mp-manager"), "overhead-manager-slower");
        Assert.Equal(Verdict.NotTestableHere, outcome.Verdict);
        Assert.Contains("holds at n = 1, 2, 4; not run at n = 8, 16, 32, 64, 128", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(ConditionState.Undecided, outcome.Conditions.Single().State);
    }

    [Fact]
    public void For_every_n_that_fails_on_part_of_the_range_is_not_reproduced_even_when_later_data_is_missing()
    {
        // mt twice as fast as serial at n=2: the GIL claim fails whatever n=128 would say.
        var results = Paper(keep: c => c.Workers <= 4, change: c => c is { Group: "cpu_bound", Variant: "mt", Workers: 2 } ? Timed(c, 6.0) : c);
        var outcome = Outcome(results, "cpu-mt-no-speedup");
        Assert.Equal(Verdict.NotReproduced, outcome.Verdict);
        Assert.Equal(ConditionState.Fails, outcome.Conditions[0].State);
        Assert.Equal(6.0 / 12.81, outcome.Conditions[0].Values["n=2"], 6);
    }

    [Fact]
    public void A_failing_condition_decides_even_when_another_lacks_data()
    {
        // memory_bound.mt keeps four cores busy (no GIL) while cpu_bound.mt's times are missing.
        var results = Paper(keep: c => !(c is { Group: "cpu_bound", Variant: "mt" }),
            change: c => c is { Group: "memory_bound", Variant: "mt", Workers: 8 }
                ? c with { Samples = c.Samples.Select(r => r with { UserS = 3.9 * r.RealS }).ToArray() } : c);
        var outcome = Outcome(results, "table1-native-parallel-user-time");
        Assert.Equal(Verdict.NotReproduced, outcome.Verdict);
        Assert.Equal(ConditionState.Undecided, outcome.Conditions.Single(c => c.Text.StartsWith("cpu_bound.mt", StringComparison.Ordinal)).State);
        Assert.Equal(ConditionState.Fails, outcome.Conditions.Single(c => c.Text.StartsWith("memory_bound.mt", StringComparison.Ordinal)).State);
    }

    [Fact]
    public void A_cells_user_over_real_is_read_at_a_looks_level_once_the_decide_stage_ran_it()
    {
        static Condition MemoryMt(Results results) => Outcome(results, "table1-native-parallel-user-time").Conditions
            .Single(c => c.Text.StartsWith("memory_bound.mt", StringComparison.Ordinal));
        static bool MemoryMt8(CellResult c) => c is { Group: "memory_bound", Variant: "mt", Workers: 8 };

        var planned = MemoryMt(Paper());
        var looked = MemoryMt(Paper(change: c => MemoryMt8(c) ? c with { Samples = [.. c.Samples.Select((r, i) => i == 0 ? r with { Purpose = "extra: table1-native-parallel-user-time" } : r)] } : c));

        Assert.Equal(Confidence.Default, planned.Estimate!.Level);
        Assert.Equal(Confidence.PerLook(Confidence.Default), looked.Estimate!.Level);
    }

    [Fact]
    public void A_best_over_n_that_holds_on_part_of_the_range_is_decided()
    {
        var outcome = Outcome(Paper(keep: c => c.Workers <= 4), "cpu-mp-speedup");
        Assert.Equal(Verdict.Reproduced, outcome.Verdict);
        Assert.Equal(ConditionState.Holds, outcome.Conditions[0].State);
    }

    [Fact]
    public void An_unavailable_variant_is_not_testable_with_its_reason()
    {
        var results = Paper(change: c => c is { Group: "memory_bound", Variant: "serial-static" }
            ? c with { ProcTime = null, Statuses = new Dictionary<string, int> { ["unavailable"] = 1 }, Reasons = ["unavailable: Cython is not installed for this runtime"] }
            : c);
        var outcome = Outcome(results, "mem-static-vs-dynamic-typing");
        Assert.Equal(Verdict.NotTestableHere, outcome.Verdict);
        Assert.Equal("serial / serial (static type) is about 39 (within a factor 1.5): memory_bound.serial-static unavailable (Cython is not installed for this runtime)", outcome.Reason);
    }

    [Fact]
    public void A_cell_whose_runs_all_failed_is_not_testable()
    {
        var results = Paper(change: c => c is { Group: "cpu_bound", Variant: "omp-gil-static", Workers: 1 }
            ? c with { ProcTime = null, Statuses = new Dictionary<string, int> { ["timeout"] = 3 } }
            : c);
        var outcome = Outcome(results, "cpu-omp-static-speedup");
        Assert.Equal(Verdict.NotTestableHere, outcome.Verdict);
        Assert.EndsWith(": cpu_bound.omp-gil-static at n=1: no successful run (timeout ×3)", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_measured_with_a_wrong_output_decides_nothing()
    {
        var results = Paper(change: c => c is { Group: "cpu_bound", Variant: "mt", Workers: 8 }
            ? c with { Statuses = new Dictionary<string, int> { ["ok"] = 4, ["wrong-output"] = 1 } }
            : c);
        var outcome = Outcome(results, "cpu-mt-worse-with-n");
        Assert.Equal(Verdict.NotTestableHere, outcome.Verdict);
        Assert.StartsWith("mt at n=8 ≥ 1.1 × mt at n=1: cpu_bound.mt at n=8: 1 run(s) computed an output different from serial's; ", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_effort_json_the_effort_claim_is_not_testable_and_never_counted_as_reproduced()
    {
        var report = ClaimEvaluator.Evaluate(new ClaimInputs(PaperResults.Create(), null, []), TimeProvider.System);
        var effort = report.Outcomes.Single(o => o.Id == "table2-effort-ordering");
        var profile = report.Outcomes.Single(o => o.Id == "cpu-mt-lock-acquire-dominates-profile");
        Assert.Equal(Verdict.NotTestableHere, effort.Verdict);
        Assert.Equal("effort.json not found (run 'repro effort')", effort.Reason);
        Assert.Equal(Verdict.NotTestableHere, profile.Verdict);
        Assert.Equal(new VerdictCounts(17, 0, 0, 2), report.Counts);
    }

    [Fact]
    public void Each_runner_runtime_and_core_count_gets_its_own_verdict()
    {
        var paper = PaperResults.Create();
        var second = paper.Cells.Select(c => c with { Runtime = "free-threaded", ProcTime = c.ProcTime, Samples = c.Samples }).Select(c => c is { Group: "cpu_bound", Variant: "mt" } ? Timed(c, 3.0) : c);
        var results = paper with { Cells = [.. paper.Cells, .. second] };
        var outcomes = ClaimEvaluator.Evaluate(new ClaimInputs(results, null, []), TimeProvider.System).Outcomes.Where(o => o.Id == "cpu-mt-no-speedup").ToArray();
        Assert.Equal([Verdict.Reproduced, Verdict.NotReproduced], outcomes.Select(o => o.Verdict));
        Assert.Equal(["CPython 2.7.3", "free-threaded"], outcomes.Select(o => o.Runtime));
    }
}
