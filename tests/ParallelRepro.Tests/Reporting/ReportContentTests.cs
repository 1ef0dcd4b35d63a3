using System.Text.Json;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reporting;

/// <summary>What the fixture's report folder holds: escaped untrusted text, both figure formats, its data, its summary.</summary>
public sealed class ReportContentTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    [Fact]
    public void Untrusted_stderr_is_text_in_the_page_never_markup()
    {
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", report.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", report.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<em>not</em>", report.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc", "..-..-etc")] // one folder name: no separator survives
    [InlineData("..", "unknown")]
    [InlineData("0123456789abcdef", "0123456789ab")]
    [InlineData("a/b c", "a-b-c")]
    public void A_commit_from_the_data_cannot_put_the_report_outside_reports(string commit, string folder)
        => Assert.Equal(folder, global::ParallelRepro.Reporting.ReportBuilder.FolderName(commit));

    [Fact]
    public void Every_figure_is_written_as_png_and_svg_and_the_svg_fetches_nothing()
    {
        var figures = Path.Combine(report.Output.Directory, "figures");
        var pngs = Directory.GetFiles(figures, "*.png").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        var svgs = Directory.GetFiles(figures, "*.svg").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        Assert.Equal(pngs, svgs);
        Assert.Equal(2 * 4 * 3 + 2 + 1 + 1, pngs.Length); // per runtime and program 3, utilization per runtime, heatmap, effort
        foreach (var svg in Directory.GetFiles(figures, "*.svg"))
        {
            var text = File.ReadAllText(svg);
            Assert.DoesNotContain("href=\"http", text, StringComparison.Ordinal);
            Assert.DoesNotContain("url(http", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_image_has_alt_text_and_links_its_svg()
    {
        var images = System.Text.RegularExpressions.Regex.Matches(report.Markdown, @"\[!\[([^\]]*(?:\\\][^\]]*)*)\]\((figures/[^)]+\.png)\)\]\((figures/[^)]+\.svg)\)");
        Assert.Equal(28, images.Count);
        Assert.All(images, m => Assert.True(m.Groups[1].Value.Length > 40, $"alt text too short: {m.Groups[1].Value}"));
    }

    [Fact]
    public void The_data_folder_holds_every_input_and_the_verdicts()
    {
        var data = Path.Combine(report.Output.Directory, "data");
        foreach (var file in new[] { "results.json", "effort.json", "claims.json", "summary.json", "DEVIATIONS.md", "profiles/cpu_bound.mt-n128.json" })
            Assert.True(File.Exists(Path.Combine(data, file)), $"data/{file} missing");
        using var claims = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "claims.json")));
        var counts = claims.RootElement.GetProperty("counts");
        Assert.Equal(10, counts.GetProperty("reproduced").GetInt32());
        Assert.Equal("not-testable-here", claims.RootElement.GetProperty("outcomes")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public void The_summary_carries_counts_and_headlines_for_the_index()
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(report.Output.Directory, "data", "summary.json")));
        var root = summary.RootElement;
        Assert.Equal("0123456789ab", root.GetProperty("folder").GetString());
        Assert.Equal(20, root.GetProperty("counts").GetProperty("not_testable_here").GetInt32());
        Assert.Equal(["cpu_bound", "io_bound", "memory_bound", "overhead"], root.GetProperty("headlines").EnumerateArray().Select(h => h.GetProperty("group").GetString()));
    }
}
