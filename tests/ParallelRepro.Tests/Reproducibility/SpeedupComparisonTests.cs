using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Planning;
using ParallelRepro.Reproducibility;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reproducibility;

/// <summary>The comparison of two runners' speedups, on synthetic records aggregated as the pipeline does.</summary>
public sealed class SpeedupComparisonTests : IDisposable
{
    private readonly TempDir dir = new();

    /// <summary>Three repetitions of one cell on one runner, with the given proc times.</summary>
    private static IEnumerable<RunRecord> Runs(string runner, string variant, int workers, double[] times, string group = "cpu_bound", string runtime = "py", int cores = 0)
        => times.Select((t, i) => Records.Make(variant, workers, t, i, runner: runner, group: group, runtime: runtime, cores: cores));

    private SpeedupComparisonReport Compare(IEnumerable<RunRecord> a, IEnumerable<RunRecord> b, ComparisonCriteria? criteria = null)
    {
        Records.WriteRunner(dir.Path, "ra", a);
        Records.WriteRunner(dir.Path, "rb", b);
        return SpeedupComparison.Compare([dir.Path], "ra", "rb", criteria ?? new ComparisonCriteria(), FixedClock.Default);
    }

    private static ComparedCell Cell(SpeedupComparisonReport report, string variant, int workers)
        => report.Cells.Single(c => c.Cell.Variant == variant && c.Cell.Workers == workers);

    [Fact]
    public void A_speedup_within_the_tolerance_and_one_outside_it()
    {
        var report = Compare(
            [.. Runs("ra", "serial", 1, [10, 10, 10]), .. Runs("ra", "mp", 2, [5, 5, 5]), .. Runs("ra", "mt", 2, [10, 10, 10])],
            [.. Runs("rb", "serial", 1, [10, 10, 10]), .. Runs("rb", "mp", 2, [5.2, 5.2, 5.2]), .. Runs("rb", "mt", 2, [8, 8, 8])]);

        var mp = Cell(report, "mp", 2);
        Assert.Equal(2.0, mp.A.Speedup, 9);
        Assert.Equal(10 / 5.2, mp.B.Speedup, 9);
        Assert.Equal(5 / 5.2 - 1, mp.RelativeDifference, 9);
        Assert.True(mp.WithinTolerance);

        var mt = Cell(report, "mt", 2);
        Assert.Equal(0.25, mt.RelativeDifference, 9);
        Assert.False(mt.WithinTolerance);

        Assert.Equal((1, 1), (report.Within, report.Outside));
        Assert.Equal([mt.Cell, mp.Cell], report.Cells.Select(c => c.Cell)); // worst first
        Assert.Equal("2 cells with median > 0.2 s in both: 1 within ±10 %, 1 outside; speedup intervals overlap in 0 of 2", report.Summary);
    }

    [Fact]
    public void The_tolerance_decides_and_applies_to_falls_as_to_rises()
    {
        IEnumerable<RunRecord> a = [.. Runs("ra", "serial", 1, [10, 10, 10]), .. Runs("ra", "mt", 2, [10, 10, 10]), .. Runs("ra", "mp", 2, [5, 5, 5])];
        IEnumerable<RunRecord> b = [.. Runs("rb", "serial", 1, [10, 10, 10]), .. Runs("rb", "mt", 2, [8, 8, 8]), .. Runs("rb", "mp", 2, [6.25, 6.25, 6.25])];
        var report = Compare(a, b, new ComparisonCriteria(Tolerance: 0.3));
        Assert.Equal(0.25, Cell(report, "mt", 2).RelativeDifference, 9);
        Assert.Equal(-0.2, Cell(report, "mp", 2).RelativeDifference, 9);
        Assert.All(report.Cells, c => Assert.True(c.WithinTolerance));

        var strict = SpeedupComparison.Compare([dir.Path], "ra", "rb", new ComparisonCriteria(Tolerance: 0.22), FixedClock.Default);
        Assert.False(Cell(strict, "mt", 2).WithinTolerance);
        Assert.True(Cell(strict, "mp", 2).WithinTolerance);
        Assert.Contains("1 within ±22 %, 1 outside", strict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Intervals_come_from_the_medians_intervals_and_may_overlap_beyond_the_tolerance()
    {
        // A is noisy: speedup 2 within the ratio interval of its two medians. B's 1.667 is 17 % lower, yet inside
        // A's noise; B's mt is steady and clearly apart from A's.
        var report = Compare(
            [.. Runs("ra", "serial", 1, [9, 10, 11]), .. Runs("ra", "mp", 2, [4.5, 5, 5.5]), .. Runs("ra", "mt", 2, [10, 10, 10])],
            [.. Runs("rb", "serial", 1, [10, 10, 10]), .. Runs("rb", "mp", 2, [5.8, 6, 6.2]), .. Runs("rb", "mt", 2, [7, 7, 7])]);

        var (serialA, mpA, serialB, mpB) = (Summary.Of([9.0, 10, 11]), Summary.Of([4.5, 5, 5.5]), Summary.Of([10.0, 10, 10]), Summary.Of([5.8, 6, 6.2]));
        var mp = Cell(report, "mp", 2);
        var (lowA, highA) = Summary.RatioInterval(serialA, mpA);
        var (lowB, highB) = Summary.RatioInterval(serialB, mpB);
        Assert.Equal((lowA, highA), (mp.A.SpeedupLow, mp.A.SpeedupHigh));
        Assert.Equal((highA - lowA) / 2, mp.A.RelativeWidth, 9);
        Assert.Equal((highB - lowB) / (10 / 6.0), mp.B.RelativeWidth, 9);
        Assert.False(mp.WithinTolerance);
        Assert.True(mp.IntervalsOverlap);

        var mt = Cell(report, "mt", 2);
        Assert.Equal(0, mt.B.RelativeWidth, 9);
        Assert.False(mt.IntervalsOverlap); // A: about [0.73, 1.36]; B: 10/7 = 1.43
        Assert.Equal(1, report.IntervalsOverlap);
    }

    [Fact]
    public void Only_cells_above_the_median_floor_in_both_runners_are_compared()
    {
        var report = Compare(
            [
                .. Runs("ra", "serial", 1, [1, 1, 1]),
                .. Runs("ra", "mp", 2, [0.5, 0.5, 0.5]),
                .. Runs("ra", "mp", 4, [0.1, 0.1, 0.1]),   // fast here, slow on B
                .. Runs("ra", "mp", 8, [0.2, 0.2, 0.2]),   // exactly at the floor: not above it
            ],
            [
                .. Runs("rb", "serial", 1, [1, 1, 1]),
                .. Runs("rb", "mp", 2, [0.5, 0.5, 0.5]),
                .. Runs("rb", "mp", 4, [0.3, 0.3, 0.3]),
                .. Runs("rb", "mp", 8, [0.25, 0.25, 0.25]),
            ]);

        Assert.Equal([2], report.Cells.Select(c => c.Cell.Workers));
        var below = report.Skipped.Where(s => s.Why == SkipReason.BelowMinMedian).ToArray();
        Assert.Equal([4, 8], below.Select(s => s.Cell.Workers).Order());
        Assert.Contains("median 0.1 s in ra, 0.3 s in rb (not above 0.2 s in both)", below.Single(s => s.Cell.Workers == 4).Detail, StringComparison.Ordinal);

        var lower = SpeedupComparison.Compare([dir.Path], "ra", "rb", new ComparisonCriteria(MinMedianS: 0.05), FixedClock.Default);
        Assert.Equal([2, 4, 8], lower.Cells.Select(c => c.Cell.Workers).Order());
        Assert.StartsWith("3 cells with median > 0.05 s in both:", lower.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Serial_cells_are_neither_compared_nor_listed()
    {
        var report = Compare(
            [.. Runs("ra", "serial", 1, [10, 10, 10]), .. Runs("ra", "serial-static", 1, [5, 5, 5]), .. Runs("ra", "mp", 2, [5, 5, 5])],
            [.. Runs("rb", "serial", 1, [10, 10, 10]), .. Runs("rb", "serial-static", 1, [2, 2, 2]), .. Runs("rb", "mp", 2, [5, 5, 5])]);
        Assert.Equal(["mp"], report.Cells.Select(c => c.Cell.Variant));
        Assert.DoesNotContain(report.Skipped, s => s.Cell.IsSerial);
    }

    [Fact]
    public void Cells_of_one_runner_only_are_reported_as_such()
    {
        var report = Compare(
            [.. Runs("ra", "serial", 1, [10, 10, 10]), .. Runs("ra", "mp", 2, [5, 5, 5]), .. Runs("ra", "mt", 4, [10, 10, 10]),
             .. Runs("ra", "mp", 2, [5, 5, 5], cores: 1)],
            [.. Runs("rb", "serial", 1, [10, 10, 10]), .. Runs("rb", "mp", 2, [5, 5, 5]), .. Runs("rb", "mp", 8, [4, 4, 4]),
             .. Runs("rb", "mp", 2, [5, 5, 5], runtime: "py2")]);

        Assert.Single(report.Cells);
        var onlyA = report.Skipped.Where(s => s.Why == SkipReason.OnlyInA).Select(s => s.Cell).ToArray();
        var onlyB = report.Skipped.Where(s => s.Why == SkipReason.OnlyInB).Select(s => s.Cell).ToArray();
        // Paired by runtime and cores too: A's mp on 1 core and B's mp on py2 have no partner.
        Assert.Equal([new Cell("py", 0, "cpu_bound", "mt", 4), new Cell("py", 1, "cpu_bound", "mp", 2)], onlyA.OrderBy(c => c.Cores));
        Assert.Equal([new Cell("py", 0, "cpu_bound", "mp", 8), new Cell("py2", 0, "cpu_bound", "mp", 2)], onlyB.OrderBy(c => c.Runtime, StringComparer.Ordinal));
        Assert.All(report.Skipped.Where(s => s.Why == SkipReason.OnlyInA), s => Assert.Equal("no such cell in rb", s.Detail));
    }

    [Fact]
    public void A_cell_without_a_speedup_on_one_side_is_reported_with_the_reason()
    {
        var report = Compare(
            [.. Runs("ra", "serial", 1, [10, 10, 10]), .. Runs("ra", "mp", 2, [5, 5, 5]), .. Runs("ra", "mt", 2, [9, 9, 9]),
             .. Runs("ra", "mp", 2, [5, 5, 5], group: "io_bound")],
            [.. Runs("rb", "serial", 1, [10, 10, 10]), .. Runs("rb", "mp", 2, [5, 5, 5]),
             .. Enumerable.Range(0, 3).Select(i => Records.Make("mt", 2, 0, i, RunStatus.Timeout, runner: "rb")),
             .. Runs("rb", "mp", 2, [5, 5, 5], group: "io_bound")]);

        var skipped = report.Skipped.Where(s => s.Why == SkipReason.NoSpeedup).ToDictionary(s => s.Cell.Program, s => s.Detail);
        Assert.Equal("no successful run in rb (timeout: 3)", skipped["cpu_bound.mt"]);
        Assert.Equal("no successful serial run of io_bound on py in ra; no successful serial run of io_bound on py in rb", skipped["io_bound.mp"]);
        Assert.Single(report.Cells);
    }

    [Fact]
    public void An_unknown_runner_is_named_with_the_runners_found()
    {
        Records.WriteRunner(dir.Path, "ra", Runs("ra", "serial", 1, [1, 1, 1]));
        Records.WriteRunner(dir.Path, "rb", Runs("rb", "serial", 1, [1, 1, 1]));
        var error = Assert.Throws<ReproException>(() => SpeedupComparison.Compare([dir.Path], "ra", "rc", new ComparisonCriteria(), FixedClock.Default));
        Assert.Equal($"unknown runner 'rc': no records of it under {dir.Path} (runners found: ra, rb)", error.Message);

        var same = Assert.Throws<ReproException>(() => SpeedupComparison.Compare([dir.Path], "ra", "ra", new ComparisonCriteria(), FixedClock.Default));
        Assert.Contains("both runners are 'ra'", same.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runners_without_common_cells_are_an_error()
    {
        var error = Assert.Throws<ReproException>(() => Compare(
            [.. Runs("ra", "serial", 1, [10, 10, 10]), .. Runs("ra", "mp", 2, [5, 5, 5])],
            [.. Runs("rb", "serial", 1, [10, 10, 10], runtime: "dotnet"), .. Runs("rb", "threads", 2, [5, 5, 5], runtime: "dotnet")]));
        Assert.StartsWith("no common cells: ra (1 parallel cell(s) of py) and rb (1 parallel cell(s) of dotnet)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Common_cells_all_below_the_floor_are_an_error_that_says_how_high_they_reach()
    {
        var error = Assert.Throws<ReproException>(() => Compare(
            [.. Runs("ra", "serial", 1, [0.2, 0.2, 0.2]), .. Runs("ra", "mp", 2, [0.1, 0.1, 0.1])],
            [.. Runs("rb", "serial", 1, [0.2, 0.2, 0.2]), .. Runs("rb", "mp", 2, [0.15, 0.15, 0.15])]));
        Assert.Equal("no common cell of ra and rb has a median above 0.2 s in both (1 common cell(s); the highest median reached in both is 0.1 s): lower --min-median", error.Message);
    }

    [Theory]
    [InlineData(0, 0.2, "--tolerance")]
    [InlineData(-0.1, 0.2, "--tolerance")]
    [InlineData(10, 0.2, "--tolerance")]
    [InlineData(double.NaN, 0.2, "--tolerance")]
    [InlineData(0.1, -1, "--min-median")]
    [InlineData(0.1, double.PositiveInfinity, "--min-median")]
    public void Bad_criteria_are_refused_naming_the_option(double tolerance, double minMedian, string option)
    {
        var error = Assert.Throws<ReproException>(() => new ComparisonCriteria(tolerance, minMedian).Validate());
        Assert.StartsWith(option + " must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_name_keeps_labels_safe()
        => Assert.Equal("compare-b2b-1-vs-mac_os_2.json", SpeedupComparisonReport.FileName("b2b-1", "mac os/2"));

    public void Dispose() => dir.Dispose();
}
