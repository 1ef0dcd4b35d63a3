using ParallelRepro.Reporting;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reporting;

/// <summary>The generated Markdown of a fixed fixture equals the reviewed expected file, byte for byte.</summary>
public sealed class ReportSnapshotTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    private static string Expected => Repo.TestData("Reporting", "expected-index.md");

    [Fact]
    public void Markdown_equals_the_reviewed_expected_file()
    {
        var actual = report.Markdown;
        if (actual != File.ReadAllText(Expected))
        {
            // Left beside the test output for review: diff it against TestData/Reporting/expected-index.md.
            var path = Path.Combine(AppContext.BaseDirectory, "actual-index.md");
            File.WriteAllText(path, actual);
            var expectedLines = File.ReadAllLines(Expected);
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], -1);
            Assert.Fail($"index.md differs from {Expected} at line {first + 1}:\n- {expectedLines.ElementAtOrDefault(first)}\n+ {actualLines.ElementAtOrDefault(first)}\n(actual written to {path})");
        }
    }

    [Fact]
    public void A_report_rebuilt_from_its_data_folder_alone_is_identical()
    {
        using var other = new TempDir();
        var rebuilt = new ReportBuilder(other.Path, FixedClock.Default).Build(ReportInputs.FromFolder(Path.Combine(report.Output.Directory, "data")));
        Assert.Equal(report.Markdown, File.ReadAllText(rebuilt.Markdown));
        Assert.Equal(report.Html, File.ReadAllText(rebuilt.Html));
    }

    [Fact]
    public void Rebuilding_in_place_from_its_own_data_folder_keeps_the_data()
    {
        using var copy = new TempDir();
        var first = new ReportBuilder(copy.Path, FixedClock.Default).Build(ReportInputs.FromFolder(ReportFixture.Source));
        var data = Path.Combine(first.Directory, "data");
        var again = new ReportBuilder(copy.Path, FixedClock.Default).Build(ReportInputs.FromFolder(data));
        Assert.Equal(File.ReadAllText(first.Markdown), File.ReadAllText(again.Markdown));
        Assert.True(File.Exists(Path.Combine(data, "results.json")));
    }

    [Fact]
    public void Output_has_no_absolute_paths()
    {
        Assert.DoesNotContain(ReportFixture.Source, report.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Reports, report.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", report.Html, StringComparison.Ordinal);
    }
}
