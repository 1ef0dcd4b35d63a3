using System.Text.Json;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Tests.Fixtures.Chromium;

namespace ParallelRepro.Tests.Reporting;

/// <summary>The first screen answers the question: headless Chromium finds the whole conclusions table within the first 1080 px.</summary>
[Trait("Category", "Browser")]
public sealed class ConclusionsInBrowserTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    private const int Width = 1400;
    private const int FirstScreen = 1080;

    // The conclusions section: from its heading to the next one; how many table rows it has and where its last element ends.
    private const string Measure = """
        (() => {
          const heading = document.getElementById('conclusions');
          if (!heading) return JSON.stringify({ rows: 0, bottom: -1 });
          let bottom = heading.getBoundingClientRect().bottom, rows = 0;
          for (let e = heading.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) {
            bottom = Math.max(bottom, e.getBoundingClientRect().bottom);
            rows += e.querySelectorAll('tbody tr').length;
          }
          return JSON.stringify({ rows, bottom: bottom + window.scrollY });
        })()
        """;

    [ChromiumFact]
    public async Task The_conclusions_fit_the_first_1080_px_at_1400_px_wide()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var browser = await HeadlessChromium.StartAsync(timeout.Token);
        await using var page = await browser.OpenPageAsync(timeout.Token);
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Event += (method, _) =>
        {
            if (method == "Page.loadEventFired") loaded.TrySetResult();
        };
        await page.SendAsync("Page.enable", null, timeout.Token);
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new { width = Width, height = FirstScreen, deviceScaleFactor = 1, mobile = false }, timeout.Token);
        await page.SendAsync("Page.navigate", new { url = new Uri(report.Output.Html).AbsoluteUri }, timeout.Token);
        await loaded.Task.WaitAsync(timeout.Token);

        var result = await page.SendAsync("Runtime.evaluate", new { expression = Measure, returnByValue = true }, timeout.Token);
        using var found = JsonDocument.Parse(result.GetProperty("result").GetProperty("value").GetString()!);
        var rows = found.RootElement.GetProperty("rows").GetInt32();
        var bottom = found.RootElement.GetProperty("bottom").GetDouble();

        Assert.Equal(17, rows); // every measured claim, so the height below is the real table's
        Assert.True(bottom is > 0 and <= FirstScreen, $"the conclusions end at {bottom:0} px, below the first {FirstScreen} px");
    }
}
