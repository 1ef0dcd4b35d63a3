using ParallelRepro.Aggregation;
using ParallelRepro.Reporting;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.DotNet;

/// <summary>The "Python and C# side by side" section, checked against a reviewed expected file.</summary>
public sealed class DotNetComparisonSectionTests : IDisposable
{
    private static readonly RuntimeFacts DotNetFacts = new("dotnet", "10.0.12", "/repo/ParallelRepro.DotNet.dll", false, null, "spawn");

    private readonly TempDir dir = new();

    [Fact]
    public void Best_Python_and_best_dotnet_at_each_n_match_the_reviewed_markdown()
    {
        var markdown = DotNetComparisonSection.Markdown(Aggregate([.. Python(), .. DotNet()]));
        var expected = File.ReadAllText(Repo.TestData("DotNet", "expected-comparison.md"));
        Assert.Equal(expected.ReplaceLineEndings("\n"), markdown.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Aggregation_keeps_the_current_records_of_both_programs_though_their_sources_differ()
    {
        var results = Aggregate([.. Python(), .. DotNet().Select(r => r with { SourceHash = "sha256:cs", StartedUtc = DateTimeOffset.UtcNow })]);
        Assert.Contains(results.Cells, c => c.Runtime == "python3");
        Assert.Contains(results.Cells, c => c.Runtime == ".NET 10");
    }

    [Fact]
    public void Without_a_dotnet_runtime_there_is_no_section()
        => Assert.Equal("", DotNetComparisonSection.Markdown(Aggregate(Python())));

    public void Dispose() => dir.Dispose();

    private Results Aggregate(IEnumerable<RunRecord> records)
    {
        var runs = dir.File("runs");
        Records.WriteRunner(runs, "box", records);
        return Aggregator.Aggregate([runs], TimeProvider.System);
    }

    private static IEnumerable<RunRecord> Python()
    {
        foreach (var (rep, t) in new[] { (0, 0.90), (1, 1.00), (2, 1.10) })
        {
            yield return Records.Make("serial", 1, t, rep, runner: "box", runtime: "python3");
            yield return Records.Make("mt", 2, t * 1.3, rep, runner: "box", runtime: "python3");
            yield return Records.Make("mp", 2, t * 0.6, rep, runner: "box", runtime: "python3");
            yield return Records.Make("omp-nogil-static", 2, t * 0.02, rep, runner: "box", runtime: "python3");
            yield return Records.Make("serial", 1, 0.02, rep, runner: "box", runtime: "python3", group: "overhead");
            yield return Records.Make("mt", 2, 0.05, rep, runner: "box", runtime: "python3", group: "overhead");
        }
    }

    private static RunRecord DotNetRecord(string variant, int workers, double time, int repetition)
        => Records.Make(variant, workers, time, repetition, runner: "box", runtime: ".NET 10") with { Python = DotNetFacts, Programs = ParallelRepro.Vocabulary.RuntimeIds.DotNet };

    private static IEnumerable<RunRecord> DotNet()
    {
        foreach (var (rep, t) in new[] { (0, 0.010), (1, 0.011), (2, 0.012) })
        {
            yield return DotNetRecord("serial", 1, t, rep);
            yield return DotNetRecord("threads", 2, t * 0.8, rep);
            yield return DotNetRecord("parallel-for", 2, t * 0.6, rep);
            yield return DotNetRecord("processes", 2, 0.2, rep);
        }
    }
}
