using ParallelRepro.Aggregation;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Aggregation;

/// <summary>Runs that retried requests: counted per cell with their waiting, so the report can flag the cell.</summary>
public sealed class RetriedRunsTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public void A_cell_counts_its_successful_runs_that_retried_and_their_seconds_of_waiting()
    {
        Records.WriteRunner(dir.Path, "r1",
        [
            Records.Make("serial", 1, 10, group: "io_bound") with { Retries = 0, RetryWaitS = 0 },
            Records.Make("mt", 4, 5, 0, group: "io_bound") with { Retries = 3, RetryWaitS = 2.5 },
            Records.Make("mt", 4, 6, 1, group: "io_bound") with { Retries = 1, RetryWaitS = 1.25 },
            Records.Make("mt", 4, 4, 2, group: "io_bound") with { Retries = 0, RetryWaitS = 0 },
            Records.Make("mt", 4, 0, 3, RunStatus.Failed, group: "io_bound") with { Retries = 6 },
        ]);

        var cells = Aggregator.Aggregate([dir.Path], TimeProvider.System).Cells;

        var mt = cells.Single(c => c.Variant == "mt");
        Assert.Equal(2, mt.RetriedRuns);
        Assert.Equal(3.75, mt.RetryWaitS);
        var serial = cells.Single(c => c.Variant == "serial");
        Assert.Null(serial.RetriedRuns); // no retries: nothing to flag, and results.json stays as before
        Assert.Null(serial.RetryWaitS);
    }

    [Fact]
    public void Records_written_before_retries_were_recorded_still_read()
    {
        Records.WriteRunner(dir.Path, "r1", [Records.Make("serial", 1, 10)]);
        var path = Directory.GetFiles(dir.Path, "records.jsonl", SearchOption.AllDirectories).Single();
        Assert.DoesNotContain("retries", File.ReadAllText(path), StringComparison.Ordinal);

        var cell = Assert.Single(Aggregator.Aggregate([dir.Path], TimeProvider.System).Cells);

        Assert.Null(cell.RetriedRuns);
    }

    public void Dispose() => dir.Dispose();
}
