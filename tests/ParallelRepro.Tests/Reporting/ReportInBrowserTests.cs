using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Tests.Fixtures.Chromium;

namespace ParallelRepro.Tests.Reporting;

/// <summary>
/// The generated pages as a reader sees them: headless Chromium loads each page from disk, every image
/// decodes, every link resolves, and nothing is fetched from outside the machine. The screenshots are
/// kept under artifacts/screenshots for a human to look at.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ReportInBrowserTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    private static string Screenshot(string name) => Path.Combine(Repo.Layout.Artifacts, "screenshots", name);

    [ChromiumFact]
    public async Task The_report_page_loads_every_image_and_link_without_leaving_the_machine()
    {
        var visit = await VisitAsync(report.Output.Html, Screenshot("report.png"));
        Assert.True(visit.Images.Count >= 10, $"only {visit.Images.Count} image(s) on the report page");
        AssertWholeAndLocal(visit);
    }

    [ChromiumFact]
    public async Task The_report_has_navigation_to_every_program_and_its_first_screen_fits_1080_px()
    {
        var visit = await VisitAsync(report.Output.Html, Screenshot("report-navigation.png"));
        foreach (var program in new[] { "cpu_bound", "io_bound", "memory_bound", "overhead" })
            Assert.Contains(visit.NavigationLinks, text => text.StartsWith(program, StringComparison.Ordinal));
        Assert.Contains("Claims", visit.NavigationLinks);
        Assert.True(visit.SecondSectionTop is > 0 and <= 1080, $"the first section ends at {visit.SecondSectionTop} px (page {visit.Height} px at {PageVisit.Width} px wide)");
    }

    [ChromiumFact]
    public async Task The_index_of_all_reports_loads_its_chart_and_links_to_the_report()
    {
        var visit = await VisitAsync(report.Output.SiteIndex, Screenshot("index.png"));
        Assert.Single(visit.Images);
        Assert.Contains(visit.Links, l => l.Raw == "0123456789ab/index.html");
        AssertWholeAndLocal(visit);
    }

    [ChromiumFact]
    public async Task The_checks_catch_a_missing_image_a_broken_anchor_and_a_request_off_the_page()
    {
        using var dir = new TempDir();
        // 127.0.0.1:9 (discard port) stands in for a remote host: a non-file request, without leaving the machine.
        File.WriteAllText(dir.File("page.html"), """
            <!DOCTYPE html><html><body><h2 id="here">x</h2>
            <img src="missing.png" alt="gone"><img src="http://127.0.0.1:9/remote.png" alt="remote">
            <a href="#here">ok</a><a href="#nowhere">bad anchor</a><a href="nofile.html">bad file</a>
            </body></html>
            """);
        var visit = await VisitAsync(dir.File("page.html"), Path.Combine(dir.Path, "shot.png"));
        Assert.All(visit.Images, i => Assert.Equal(0, i.NaturalWidth));
        Assert.Contains(visit.Requests, r => r.StartsWith("http://127.0.0.1:9/", StringComparison.Ordinal));
        Assert.NotEmpty(visit.FailedRequests);
        Assert.Equal([true, false, null], visit.Links.Select(l => l.AnchorFound));
    }

    internal static async Task<PageVisit> VisitAsync(string file, string screenshot)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var browser = await HeadlessChromium.StartAsync(timeout.Token);
        await using var page = await browser.OpenPageAsync(timeout.Token);
        return await PageVisit.LoadAsync(page, file, screenshot, timeout.Token);
    }

    internal static void AssertWholeAndLocal(PageVisit visit)
    {
        Assert.All(visit.Images, i =>
        {
            Assert.True(i.NaturalWidth > 0, $"image did not load: {i.Src}");
            Assert.False(string.IsNullOrWhiteSpace(i.Alt), $"image without alt text: {i.Src}");
        });
        Assert.Empty(visit.FailedRequests);
        Assert.All(visit.Requests, url => Assert.True(url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
            $"request left the machine: {url}"));
        Assert.All(visit.Links, link =>
        {
            if (link.AnchorFound is { } found)
            {
                Assert.True(found, $"broken in-page link: {link.Raw}");
                return;
            }
            var target = new Uri(link.Href);
            Assert.True(target.IsFile, $"link leaves the machine: {link.Href}");
            Assert.True(File.Exists(target.LocalPath) || Directory.Exists(target.LocalPath), $"broken link: {link.Raw} -> {target.LocalPath}");
        });
    }
}
