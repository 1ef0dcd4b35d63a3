using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ParallelRepro.Reporting;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reporting;

/// <summary>
/// Text from outside (a commit's DEVIATIONS.md, a run's stderr, a runner label, a commit name) carrying script, event
/// handlers, javascript: and data: links and external images, through every place it enters the report: none of it
/// survives as markup, neither in the HTML nor in the DOM Chromium builds from it.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class HostileTextTests : IDisposable
{
    // One line (stderr, labels and commit names are escaped as text) with every trick at once.
    private const string Line = "<script>alert(1)</script><img src=x onerror=alert(2)>[js](javascript:alert(3)) ![ext](http://127.0.0.1:9/line.png) `tick` [d](data:text/html,x) <javascript:alert(4)>";

    // Markdown that is rendered as Markdown (DEVIATIONS.md): links, images, references, autolinks, attributes, raw HTML.
    private const string Deviations = """
        # Deviations

        ## Hostile

        [js](javascript:alert(1)) [mixed](JaVaScRiPt:alert(2)) [spaced]( javascript:alert(3)) [entity](&#106;avascript:alert(4))
        [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==) [file](file:///etc/passwd) <javascript:alert(6)> [ref][r]

        ![external](http://127.0.0.1:9/external.png) ![protocol](//127.0.0.1:9/p.png) ![data](data:image/png;base64,iVBORw0KGgo=)

        <script>alert(7)</script>

        <img src=x onerror=alert(8)> [attr](https://example.org){onclick=alert(9)} [fine](https://example.org/ok) [local](data/results.json)

        [r]: javascript:alert(10)
        """;

    private readonly TempDir dir = new();

    [Fact]
    public void Markdown_pipeline_keeps_only_web_and_relative_links_and_local_images()
    {
        var html = global::ParallelRepro.Reporting.Html.HtmlPage.Render("t", Deviations);
        AssertNoMarkup(html);
        Assert.Contains("href=\"https://example.org/ok\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"data/results.json\"", html, StringComparison.Ordinal);
        // The external image is still there for a reader, as a link rather than a request.
        Assert.Contains("href=\"http://127.0.0.1:9/external.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_entry_point_of_the_report_escapes_or_drops_hostile_text()
    {
        var output = BuildHostileReport();
        var page = File.ReadAllText(output.Html);
        AssertNoMarkup(page);
        AssertNoMarkup(File.ReadAllText(output.SiteIndex));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal); // the stderr, as text
        Assert.Contains(">external</a>", page, StringComparison.Ordinal); // DEVIATIONS.md's external image, as a link
        // The commit name's backtick does not end its code span early.
        Assert.Contains("<code>0123456789abcdef `tick` x</code>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_builds_no_script_no_handler_and_requests_nothing_off_the_machine()
    {
        var output = BuildHostileReport();
        foreach (var file in new[] { output.Html, output.SiteIndex })
        {
            var visit = await ReportInBrowserTests.VisitAsync(file, Path.Combine(dir.Path, Path.GetFileNameWithoutExtension(file) + ".png"));
            Assert.Equal(0, visit.Scripts);
            Assert.Equal(0, visit.EventHandlerAttributes);
            Assert.All(visit.Requests, url => Assert.StartsWith("file:", url, StringComparison.Ordinal));
            Assert.All(visit.Images, i => Assert.StartsWith("file:", i.Src, StringComparison.Ordinal));
            Assert.All(visit.Links, l => Assert.Matches("^(https?|file):", l.Href));
        }
    }

    public void Dispose() => dir.Dispose();

    private ReportOutput BuildHostileReport()
    {
        var source = dir.File("data");
        CopyFolder(ReportFixture.Source, source);
        File.WriteAllText(Path.Combine(source, "DEVIATIONS.md"), Deviations);
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "results.json")))!;
        results["commits"] = new JsonArray("0123456789abcdef `tick` x");
        var runner = "lab " + Line;
        results["runners"]![0]!["runner"] = runner;
        foreach (var cell in results["cells"]!.AsArray())
        {
            cell!["runner"] = runner;
            if (cell["statuses"]!.AsObject().Any(s => s.Key != "ok")) cell["reasons"] = new JsonArray("failed: " + Line);
        }
        File.WriteAllText(Path.Combine(source, "results.json"), results.ToJsonString());
        // The verdicts were decided on these results: claims.json names the same (hostile) commit.
        var claims = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "claims.json")))!;
        claims["commits"] = new JsonArray("0123456789abcdef `tick` x");
        File.WriteAllText(Path.Combine(source, "claims.json"), claims.ToJsonString());
        return new ReportBuilder(dir.File("reports"), FixedClock.Default).Build(ReportInputs.FromFolder(source));
    }

    private static void AssertNoMarkup(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(HandlerAttribute().Matches(html));
        Assert.Empty(BadUrl().Matches(html));
    }

    // An on* attribute of a tag: attribute values are skipped whole, so escaped text inside alt="..." does not count.
    [GeneratedRegex(@"<[a-z][a-z0-9]*(\s+[a-z-]+(=""[^""]*"")?)*\s+on[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();

    // Any href that is not web or relative, any src that is not relative.
    [GeneratedRegex(@"href\s*=\s*""\s*(javascript|data|file|vbscript):|src\s*=\s*""\s*([a-z][a-z0-9+.-]*:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex BadUrl();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
