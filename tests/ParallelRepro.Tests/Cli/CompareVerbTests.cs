using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Cli;

/// <summary><c>repro compare</c> end to end through the CLI, on synthetic records in a scratch artifacts folder.</summary>
public sealed class CompareVerbTests : IDisposable
{
    private readonly TempDir dir = new();

    private string Artifacts => dir.File("artifacts");

    private string Runs => Path.Combine(Artifacts, "runs");

    private static IEnumerable<RunRecord> Runs3(string runner, string variant, int workers, double time, string runtime = "py")
        => Enumerable.Range(0, 3).Select(i => Records.Make(variant, workers, time, i, runner: runner, runtime: runtime));

    /// <summary>Two runners: mp n=2 reproduces (2.0 vs 1.92), mt n=2 does not (1.0 vs 1.25), mp n=4 is below the floor.</summary>
    private void WriteTwoRunners(string runsA, string runsB)
    {
        Records.WriteRunner(runsA, "b2b-1", [.. Runs3("b2b-1", "serial", 1, 10), .. Runs3("b2b-1", "mp", 2, 5), .. Runs3("b2b-1", "mt", 2, 10), .. Runs3("b2b-1", "mp", 4, 0.1)]);
        Records.WriteRunner(runsB, "b2b-2", [.. Runs3("b2b-2", "serial", 1, 10), .. Runs3("b2b-2", "mp", 2, 5.2), .. Runs3("b2b-2", "mt", 2, 8), .. Runs3("b2b-2", "mp", 4, 0.1)]);
    }

    private Task<CliResult> Compare(params string[] args) => ReproCli.RunAsync(["compare", .. args, "--root", Repo.Root, "--artifacts", Artifacts]);

    private static string LastLine(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

    [Fact]
    public async Task Prints_the_cells_worst_first_and_a_summary_and_writes_the_json()
    {
        WriteTwoRunners(Runs, Runs);
        var result = await Compare("b2b-1", "b2b-2");

        Assert.Equal(ExitCodes.Ok, result.ExitCode); // outside cells fail only with --check
        Assert.Equal("", result.Error);
        Assert.Equal("2 cells with median > 0.2 s in both: 1 within ±10 %, 1 outside; speedup intervals overlap in 0 of 2", LastLine(result.Output));
        var mt = result.Output.IndexOf("py · all cores · cpu_bound.mt n=2", StringComparison.Ordinal);
        var mp = result.Output.IndexOf("py · all cores · cpu_bound.mp n=2", StringComparison.Ordinal);
        Assert.True(mt >= 0 && mp > mt, "the cell outside the tolerance comes first");
        Assert.Contains("+25.0 %", result.Output, StringComparison.Ordinal);
        Assert.Contains("left out: 1 cell(s) with a median not above 0.2 s in both", result.Output, StringComparison.Ordinal);

        var path = Path.Combine(Artifacts, "compare-b2b-1-vs-b2b-2.json");
        Assert.Contains($"wrote {path}", result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal("b2b-1", root.GetProperty("runner_a").GetProperty("runner").GetString());
        Assert.Equal(0.1, root.GetProperty("tolerance").GetDouble());
        Assert.Equal(0.2, root.GetProperty("min_median_s").GetDouble());
        Assert.Equal((1, 1), (root.GetProperty("within").GetInt32(), root.GetProperty("outside").GetInt32()));
        var worst = root.GetProperty("cells")[0];
        Assert.Equal("mt", worst.GetProperty("cell").GetProperty("variant").GetString());
        Assert.Equal(0.25, worst.GetProperty("relative_difference").GetDouble(), 9);
        Assert.False(worst.GetProperty("within_tolerance").GetBoolean());
        Assert.Equal(1.25, worst.GetProperty("b").GetProperty("speedup").GetDouble(), 9);
        Assert.Equal(0, worst.GetProperty("a").GetProperty("relative_width").GetDouble(), 9);
        Assert.Equal("below-min-median", root.GetProperty("skipped")[0].GetProperty("why").GetString());
        Assert.Empty(Directory.GetFiles(Artifacts, ".*.tmp"));
    }

    [Fact]
    public async Task Check_exits_1_when_a_cell_is_outside_the_tolerance_and_0_when_none_is()
    {
        WriteTwoRunners(Runs, Runs);
        var failing = await Compare("b2b-1", "b2b-2", "--check");
        Assert.Equal(ExitCodes.Failed, failing.ExitCode);
        Assert.Equal("", failing.Error);
        Assert.EndsWith("1 outside; speedup intervals overlap in 0 of 2", LastLine(failing.Output), StringComparison.Ordinal);

        var passing = await Compare("b2b-1", "b2b-2", "--check", "--tolerance", "0.3");
        Assert.Equal(ExitCodes.Ok, passing.ExitCode);
        Assert.Contains("2 within ±30 %, 0 outside", LastLine(passing.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_folders_are_repeatable_and_come_before_or_after_the_runners()
    {
        var (one, two) = (dir.File("leg-1"), dir.File("leg-2"));
        WriteTwoRunners(one, two);
        var before = await Compare("--runs", one, "--runs", two, "b2b-1", "b2b-2", "--min-median", "0.05");
        Assert.Equal(ExitCodes.Ok, before.ExitCode);
        Assert.StartsWith("3 cells with median > 0.05 s in both:", LastLine(before.Output), StringComparison.Ordinal);

        var after = await Compare("b2b-1", "b2b-2", "--runs", one, "--runs", two);
        Assert.Equal(ExitCodes.Ok, after.ExitCode);
        Assert.False(Directory.Exists(Runs), "the default runs folder is not read when --runs is given");
    }

    [Fact]
    public async Task Cells_of_one_runner_only_are_counted_by_runtime()
    {
        WriteTwoRunners(Runs, Runs);
        Records.WriteRunner(Runs, "b2b-1", [.. Runs3("b2b-1", "serial", 1, 10, runtime: "dotnet"), .. Runs3("b2b-1", "threads", 2, 5, runtime: "dotnet"), .. Runs3("b2b-1", "threads", 4, 5, runtime: "dotnet")]);
        var result = await Compare("b2b-1", "b2b-2");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("only in b2b-1: 2 cell(s) (dotnet: 2)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_runner_is_one_line_listing_the_runners_found()
    {
        WriteTwoRunners(Runs, Runs);
        CliAssert.OneLineError(await Compare("b2b-1", "b2b-3"), $"unknown runner 'b2b-3': no records of it under {Runs} (runners found: b2b-1, b2b-2)");
        Assert.False(File.Exists(Path.Combine(Artifacts, "compare-b2b-1-vs-b2b-3.json")));
    }

    [Fact]
    public async Task No_common_cells_is_one_line()
    {
        Records.WriteRunner(Runs, "a", [.. Runs3("a", "serial", 1, 10), .. Runs3("a", "mp", 2, 5)]);
        Records.WriteRunner(Runs, "b", [.. Runs3("b", "serial", 1, 10, runtime: "other"), .. Runs3("b", "mp", 2, 5, runtime: "other")]);
        CliAssert.OneLineError(await Compare("a", "b"), "no common cells: a (1 parallel cell(s) of py) and b (1 parallel cell(s) of other)");
    }

    [Fact]
    public async Task No_records_is_one_line_naming_the_folder()
        => CliAssert.OneLineError(await Compare("a", "b"), $"no run records found under {Runs}");

    [Theory]
    [InlineData("--tolerance", "-0.1", "--tolerance must be a fraction above 0 and at most 1 (0.10 = ±10 %), got -0.1")]
    [InlineData("--tolerance", "10", "--tolerance must be a fraction above 0 and at most 1 (0.10 = ±10 %), got 10")]
    [InlineData("--tolerance", "ten", "'ten'")]
    [InlineData("--min-median", "-1", "--min-median must be seconds, 0 or more, got -1")]
    public async Task Bad_option_values_are_one_line(string option, string value, string expected)
    {
        WriteTwoRunners(Runs, Runs);
        CliAssert.OneLineError(await Compare("b2b-1", "b2b-2", option, value), expected);
    }

    [Fact]
    public async Task A_missing_runner_argument_is_one_line()
        => CliAssert.OneLineError(await Compare("b2b-1"), "compare");

    public void Dispose() => dir.Dispose();
}
