using ParallelRepro.Claims;
using ParallelRepro.Common;
using ParallelRepro.Reporting;
using ParallelRepro.Reporting.Site;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reporting;

public sealed class SiteIndexTests : IDisposable
{
    private readonly TempDir reports = new();

    private void Report(string folder, int day, int reproduced)
        => Json.WriteFile(Path.Combine(reports.Path, folder, "data", ReportSummary.FileName), new ReportSummary
        {
            Commit = folder + "0000", Folder = folder, CreatedUtc = new DateTimeOffset(2026, 1, day, 0, 0, 0, TimeSpan.Zero),
            Profiles = ["quick"], Runners = ["r<1>"], Runtimes = ["py"], Counts = new VerdictCounts(reproduced, 1, 0, 2),
            Headlines = [new Headline("cpu_bound", "mp", 4, 1.5 + day / 10.0)], HeadlineScope = "r<1> · py · all 4 cores",
        });

    [Fact]
    public void Lists_every_report_newest_first_with_its_counts()
    {
        Report("aaaaaaaaaaaa", 3, 7);
        Report("bbbbbbbbbbbb", 9, 8);
        Report("cccccccccccc", 5, 9);
        SiteIndex.Write(reports.Path);
        var md = File.ReadAllText(Path.Combine(reports.Path, "index.md"));
        var order = new[] { "bbbbbbbbbbbb", "cccccccccccc", "aaaaaaaaaaaa" }.Select(f => md.IndexOf($"[{f}]({f}/index.html)", StringComparison.Ordinal)).ToArray();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("| 2026-01-09 00:00 | [bbbbbbbbbbbb](bbbbbbbbbbbb/index.html) | quick | r\\<1\\> | py | 8 | 1 | 0 | 2 | r\\<1\\> · py · all 4 cores: cpu\\_bound 2.40× |", md, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(reports.Path, "figures", "trend.png")));
        Assert.True(File.Exists(Path.Combine(reports.Path, "figures", "trend.svg")));
    }

    [Fact]
    public void A_damaged_summary_is_left_out_instead_of_breaking_the_index()
    {
        Report("aaaaaaaaaaaa", 3, 7);
        Directory.CreateDirectory(Path.Combine(reports.Path, "broken", "data"));
        File.WriteAllText(Path.Combine(reports.Path, "broken", "data", ReportSummary.FileName), "{ not json");
        SiteIndex.Write(reports.Path);
        var md = File.ReadAllText(Path.Combine(reports.Path, "index.md"));
        Assert.Contains("aaaaaaaaaaaa", md, StringComparison.Ordinal);
        Assert.DoesNotContain("broken", md, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_reports_folder_says_so()
    {
        SiteIndex.Write(reports.Path);
        Assert.Contains("No reports yet.", File.ReadAllText(Path.Combine(reports.Path, "index.md")), StringComparison.Ordinal);
    }

    public void Dispose() => reports.Dispose();
}
