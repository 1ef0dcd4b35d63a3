using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Aggregation;

public sealed class AggregatorTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public void Cells_get_medians_and_speedups_against_serial_of_the_same_runner()
    {
        Records.WriteRunner(dir.Path, "r1",
        [
            Records.Make("serial", 1, 10, 0), Records.Make("serial", 1, 12, 1), Records.Make("serial", 1, 11, 2),
            Records.Make("mp", 2, 6, 0), Records.Make("mp", 2, 5, 1), Records.Make("mp", 2, 5.5, 2),
        ]);
        var results = Aggregator.Aggregate([dir.Path], TimeProvider.System);
        var mp = results.Cells.Single(c => c.Variant == "mp");
        Assert.Equal(5.5, mp.ProcTime!.Median);
        Assert.Equal(11 / 5.5, mp.Speedup!.Value, 9);
        Assert.Equal(mp.Speedup / 2, mp.Efficiency);
        Assert.True(mp.SpeedupLow <= mp.Speedup && mp.Speedup <= mp.SpeedupHigh);
        Assert.Equal(6, results.RecordCount);
    }

    [Fact]
    public void Two_runner_folders_merge_without_mixing_their_cells()
    {
        Records.WriteRunner(dir.Path, "leg-a", [Records.Make("serial", 1, 10, runner: "leg-a"), Records.Make("mt", 2, 20, runner: "leg-a")]);
        Records.WriteRunner(dir.Path, "leg-b", [Records.Make("serial", 1, 4, runner: "leg-b"), Records.Make("mt", 2, 2, runner: "leg-b")]);
        var results = Aggregator.Aggregate([dir.Path], TimeProvider.System);
        Assert.Equal(["leg-a", "leg-b"], results.Runners.Select(r => r.Runner));
        Assert.Equal(0.5, results.Cells.Single(c => c is { Runner: "leg-a", Variant: "mt" }).Speedup);
        Assert.Equal(2.0, results.Cells.Single(c => c is { Runner: "leg-b", Variant: "mt" }).Speedup);
    }

    [Fact]
    public void Each_runner_keeps_the_speed_probes_of_its_runs()
    {
        Records.WriteRunner(dir.Path, "probed", Enumerable.Range(0, 12).Select(i => Records.Make("serial", 1, 1, repetition: i, runner: "probed") with { ProbeS = 0.010 + 0.001 * i }));
        Records.WriteRunner(dir.Path, "old", [Records.Make("serial", 1, 1, runner: "old")]);
        var results = Aggregator.Aggregate([dir.Path], TimeProvider.System);
        var probed = results.Runners.Single(r => r.Runner == "probed");
        Assert.Equal(12, probed.SpeedProbe!.N);
        Assert.Equal(0.0155, probed.SpeedProbe.Median, precision: 9);
        Assert.Equal(probed.SpeedProbesS!.Order(), probed.SpeedProbesS);
        Assert.Null(results.Runners.Single(r => r.Runner == "old").SpeedProbe); // records from before the probe existed
    }

    [Fact]
    public void Failed_runs_are_counted_with_their_reason_and_left_out_of_the_statistics()
    {
        Records.WriteRunner(dir.Path, "r1",
        [
            Records.Make("serial", 1, 10), Records.Make("mt", 2, 9, 0), Records.Make("mt", 2, 0, 1, RunStatus.Timeout),
        ]);
        var mt = Aggregator.Aggregate([dir.Path], TimeProvider.System).Cells.Single(c => c.Variant == "mt");
        Assert.Equal(1, mt.ProcTime!.N);
        Assert.Equal(1, mt.Statuses["timeout"]);
        Assert.Contains("timeout: it broke", mt.Reasons);
    }

    [Fact]
    public void A_corrupt_record_is_rejected_naming_file_and_line()
    {
        var path = Records.WriteRunner(dir.Path, "r1", [Records.Make("serial", 1, 10), Records.Make("mt", 2, 9)]);
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], "{\"schema\": 1, \"key\": oops}", lines[1]]);
        var error = Assert.Throws<ReproException>(() => Aggregator.Aggregate([dir.Path], TimeProvider.System));
        Assert.Contains($"{path}:2: corrupt record", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_cut_short_by_a_kill_is_dropped_and_the_rest_kept()
    {
        var path = Records.WriteRunner(dir.Path, "r1", [Records.Make("serial", 1, 10), Records.Make("mt", 2, 9)]);
        File.AppendAllText(path, "{\"schema\":1,\"key\":\"half"); // no newline: the write in flight when killed
        var results = Aggregator.Aggregate([dir.Path], TimeProvider.System);
        Assert.Equal(2, results.RecordCount);
    }

    [Fact]
    public void Records_of_older_sources_on_the_same_runner_are_left_out()
    {
        var old = Records.Make("serial", 1, 99) with { SourceHash = "sha256:old", StartedUtc = DateTimeOffset.UnixEpoch };
        var now = Records.Make("serial", 1, 10) with { StartedUtc = DateTimeOffset.UnixEpoch.AddDays(1) };
        Records.WriteRunner(dir.Path, "r1", [old, now]);
        var results = Aggregator.Aggregate([dir.Path], TimeProvider.System);
        Assert.Equal(1, results.RecordCount);
        Assert.Equal(10, results.Cells.Single().ProcTime!.Median);
    }

    [Fact]
    public void No_records_is_a_clear_error()
    {
        var error = Assert.Throws<ReproException>(() => Aggregator.Aggregate([dir.Path], TimeProvider.System));
        Assert.Contains("no run records found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_one_row_per_cell_with_invariant_numbers()
    {
        Records.WriteRunner(dir.Path, "r1", [Records.Make("serial", 1, 1.5), Records.Make("mt", 2, 2.25)]);
        var csv = ResultsFiles.ToCsv(Aggregator.Aggregate([dir.Path], TimeProvider.System)).TrimEnd().Split('\n');
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("r1,py,0,cpu_bound,mt,2,1,0,2.25,", csv[1], StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
