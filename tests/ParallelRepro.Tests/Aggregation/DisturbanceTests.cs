using ParallelRepro.Aggregation;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Aggregation;

/// <summary>Which runs count as disturbed: per-CPU probes where the harness made them, else the runner's probe.</summary>
public sealed class DisturbanceTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static CpuProbes Probes(double cpu0, double cpu1, double? cpu1After = null) => Records.Probes(cpu0, cpu1, cpu1After: cpu1After);

    /// <summary>Twelve runs of serial whose probes all read 3 ms on both CPUs and whose runner probe read 15 ms, then the ones given.</summary>
    private CellResult SerialWith(string runtime, params RunRecord[] more)
    {
        var calm = Enumerable.Range(0, 12).Select(i => Records.Make("serial", 1, 1, repetition: i, runtime: runtime) with { ProbeS = 0.015, CpuProbesS = Probes(0.003, 0.003) });
        Records.WriteRunner(dir.Path, "r1", calm.Concat(more));
        return Aggregator.Aggregate([dir.Path], TimeProvider.System).Cells.Single(c => c.Runtime == runtime && c.Variant == "serial");
    }

    private static RunRecord Run(int repetition, string runtime = "py") => Records.Make("serial", 1, 1, repetition: repetition, runtime: runtime) with { ProbeS = 0.015 };

    private static bool DisturbedAt(CellResult cell, int round) => cell.Samples.Single(s => s.Round == round).Disturbed;

    [Fact]
    public void A_run_is_disturbed_when_one_cpu_probed_over_a_quarter_slow_after_it_though_the_runners_probe_did_not()
    {
        var cell = SerialWith("py", Run(20) with { CpuProbesS = Probes(0.003, 0.003, cpu1After: 0.0045) }, Run(21) with { CpuProbesS = Probes(0.003, 0.0036) });
        Assert.True(DisturbedAt(cell, 20));  // CPU 1 at 1.5× its usual time
        Assert.False(DisturbedAt(cell, 21)); // 1.2×: within the usual spread
        Assert.Equal(1, cell.Samples.Count(s => s.Disturbed));
    }

    [Fact]
    public void A_run_kept_on_its_start_cpu_is_disturbed_only_by_that_cpus_probes()
    {
        var slowCpu1 = Probes(0.003, 0.0045);
        var cell = SerialWith("py",
            Run(20) with { CpuProbesS = slowCpu1, StartCpu = 0, CoresAllowed = 1 },
            Run(21) with { CpuProbesS = slowCpu1, StartCpu = 1, CoresAllowed = 1 },
            Run(22) with { CpuProbesS = slowCpu1, StartCpu = 0, CoresAllowed = 2 });
        Assert.False(DisturbedAt(cell, 20)); // ran on CPU 0 alone
        Assert.True(DisturbedAt(cell, 21));  // ran on the slow CPU
        Assert.True(DisturbedAt(cell, 22));  // could use both
    }

    [Fact]
    public void A_cpu_slowed_in_most_runs_still_flags_them_against_its_usual_time_not_its_median()
    {
        // CPU 1 probed 5 ms in 8 of 12 runs: its median is the slowed speed, its lower quartile the usual one.
        Records.WriteRunner(dir.Path, "r1", Enumerable.Range(0, 12).Select(i => Records.Make("serial", 1, 1, repetition: i) with { CpuProbesS = Probes(0.003, i < 8 ? 0.005 : 0.003) }));
        var cell = Aggregator.Aggregate([dir.Path], TimeProvider.System).Cells.Single();
        Assert.Equal(8, cell.Samples.Count(s => s.Disturbed));
        Assert.All(cell.Samples.Where(s => s.Round < 8), s => Assert.True(s.Disturbed));
    }

    [Fact]
    public void Calm_cpu_probes_overrule_a_slow_probe_in_the_runners_own_process()
    {
        var cell = SerialWith("py", Run(20) with { ProbeS = 0.045, CpuProbesS = Probes(0.003, 0.003) });
        Assert.False(DisturbedAt(cell, 20));
    }

    [Fact]
    public void Each_runtime_is_compared_with_its_own_cpu_medians()
    {
        // A free-threaded build runs the probe's loop at its own speed: 6 ms throughout is its calm, not a slow-down.
        Records.WriteRunner(dir.Path, "r1", Enumerable.Range(0, 12).Select(i => Records.Make("serial", 1, 1, repetition: i, runtime: "py") with { CpuProbesS = Probes(0.003, 0.003) })
            .Concat(Enumerable.Range(0, 12).Select(i => Records.Make("serial", 1, 1, repetition: i, runtime: "ft") with { CpuProbesS = Probes(0.006, 0.006) })));
        var cells = Aggregator.Aggregate([dir.Path], TimeProvider.System).Cells;
        Assert.DoesNotContain(cells.SelectMany(c => c.Samples), s => s.Disturbed);
    }

    [Fact]
    public void Without_cpu_probes_the_runners_probe_decides()
    {
        var cell = SerialWith("py", Run(20) with { ProbeS = 0.030 }, Run(21));
        Assert.True(DisturbedAt(cell, 20));
        Assert.False(DisturbedAt(cell, 21));
    }

    [Fact]
    public void The_report_counts_a_runners_disturbed_runs_and_says_nothing_when_there_are_none()
    {
        Records.WriteRunner(dir.Path, "r1", Enumerable.Range(0, 12).Select(i => Records.Make("serial", 1, 1, repetition: i) with { CpuProbesS = Probes(0.003, i < 3 ? 0.005 : 0.003) }));
        Records.WriteRunner(dir.Path, "calm", Enumerable.Range(0, 12).Select(i => Records.Make("serial", 1, 1, repetition: i, runner: "calm") with { CpuProbesS = Probes(0.003, 0.003) }));
        var results = Aggregator.Aggregate([dir.Path], TimeProvider.System);
        Assert.StartsWith("- Disturbed runs on r1: 3 of its 12 successful runs were taken while a CPU they could use took a fixed piece of work over 1.25× its usual time",
            global::ParallelRepro.Reporting.Sections.EnvironmentSection.DisturbedRuns(results, "r1"), StringComparison.Ordinal);
        Assert.Null(global::ParallelRepro.Reporting.Sections.EnvironmentSection.DisturbedRuns(results, "calm"));
    }

    [Fact]
    public void Fewer_than_ten_probes_on_a_cpu_flag_nothing()
    {
        Records.WriteRunner(dir.Path, "r1", [.. Enumerable.Range(0, 3).Select(i => Records.Make("serial", 1, 1, repetition: i) with { CpuProbesS = Probes(0.003, 0.003) }),
            Records.Make("serial", 1, 1, repetition: 3) with { CpuProbesS = Probes(0.003, 0.009) }]);
        Assert.DoesNotContain(Aggregator.Aggregate([dir.Path], TimeProvider.System).Cells.Single().Samples, s => s.Disturbed);
    }
}
