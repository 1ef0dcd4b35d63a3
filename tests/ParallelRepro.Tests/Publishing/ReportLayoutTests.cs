using ParallelRepro.Publishing;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Publishing;

/// <summary>
/// Publishing fetches the base commit's results from gh-pages at &lt;first 12 of sha&gt;/data/results.json:
/// the report stage must write exactly there, since the site history is copies of report folders.
/// </summary>
public sealed class ReportLayoutTests : IDisposable
{
    private readonly TempDir temp = new();

    [Fact]
    public async Task The_report_folder_holds_its_results_where_publishing_looks_for_them()
    {
        var artifacts = Path.Combine(temp.Path, "artifacts");
        var reports = Path.Combine(temp.Path, "reports");
        Records.WriteRunner(Path.Combine(artifacts, "runs"), "r1", [Records.Make("serial", 1, 1.0), Records.Make("mt", 2, 0.9)]);
        string[] where = ["--root", Repo.Root, "--artifacts", artifacts, "--reports", reports];

        foreach (var verb in new[] { "aggregate", "claims", "report" })
        {
            var result = await ReproCli.RunAsync([verb, .. where]);
            Assert.True(result.ExitCode == 0, $"repro {verb}: {result.Error}");
        }

        Assert.True(File.Exists(Path.Combine(reports, PublishRequest.ResultsPathOnPages(Records.Make("serial", 1, 1).Commit))));
    }

    public void Dispose() => temp.Dispose();
}
