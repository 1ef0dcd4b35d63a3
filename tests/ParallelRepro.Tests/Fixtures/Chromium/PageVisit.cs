using System.Text.Json;

namespace ParallelRepro.Tests.Fixtures.Chromium;

/// <summary>An image on the page as the browser decoded it.</summary>
internal sealed record PageImage(string Src, int NaturalWidth, string Alt);

/// <summary>A link: its resolved URL, its href as written, and for in-page anchors whether the target exists.</summary>
internal sealed record PageLink(string Href, string Raw, bool? AnchorFound);

/// <summary>What loading one page did: every request it made, those that failed, its images and links, a screenshot.</summary>
internal sealed record PageVisit(IReadOnlyList<string> Requests, IReadOnlyList<string> FailedRequests, IReadOnlyList<PageImage> Images, IReadOnlyList<PageLink> Links)
{
    /// <summary>The viewport width the report was measured at (issue 17 quotes page heights at 1400 px).</summary>
    public const int Width = 1400;

    /// <summary>script elements, and attributes named on* (event handlers), anywhere in the DOM.</summary>
    public int Scripts { get; init; }
    public int EventHandlerAttributes { get; init; }
    /// <summary>The page's full height, and where its second level-2 section starts (the first screen ends above it).</summary>
    public int Height { get; init; }
    public int? SecondSectionTop { get; init; }
    /// <summary>Texts of the links in the contents column (nav).</summary>
    public IReadOnlyList<string> NavigationLinks { get; init; } = [];
    private const int MaxScreenshotHeight = 16000;

    // Waits for every image to finish (loaded or failed), then reports images, links and the page height.
    private const string Inspect = """
        (async () => {
          await Promise.all(Array.from(document.images).map(i => i.complete ? null :
            new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); })));
          const here = location.href.split('#')[0];
          return JSON.stringify({
            images: Array.from(document.images).map(i => ({ src: i.src, naturalWidth: i.naturalWidth, alt: i.alt })),
            links: Array.from(document.querySelectorAll('a[href]')).map(a => ({
              href: a.href, raw: a.getAttribute('href'),
              anchorFound: a.hash && a.href.split('#')[0] === here ? document.getElementById(decodeURIComponent(a.hash.slice(1))) !== null : null })),
            height: document.documentElement.scrollHeight,
            scripts: document.querySelectorAll('script').length,
            handlers: Array.from(document.querySelectorAll('*')).reduce((n, e) => n + Array.from(e.attributes).filter(a => a.name.toLowerCase().startsWith('on')).length, 0),
            secondSection: (() => { const h = document.querySelectorAll('main h2')[1]; return h ? Math.round(h.getBoundingClientRect().top + scrollY) : null; })(),
            nav: Array.from(document.querySelectorAll('nav a')).map(a => a.textContent) });
        })()
        """;

    /// <summary>Loads <paramref name="file"/> in the page, inspects it, and saves a full-page screenshot.</summary>
    public static async Task<PageVisit> LoadAsync(DevToolsSession page, string file, string screenshot, CancellationToken ct)
    {
        var requests = new List<string>();
        var failed = new List<string>();
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Event += (method, p) =>
        {
            lock (requests)
            {
                if (method == "Network.requestWillBeSent") requests.Add(p.GetProperty("request").GetProperty("url").GetString()!);
                if (method == "Network.loadingFailed") failed.Add($"{p.GetProperty("requestId")}: {p.GetProperty("errorText")}");
            }
            if (method == "Page.loadEventFired") loaded.TrySetResult();
        };
        await page.SendAsync("Network.enable", null, ct);
        await page.SendAsync("Page.enable", null, ct);
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new { width = Width, height = 900, deviceScaleFactor = 1, mobile = false }, ct);
        await page.SendAsync("Page.navigate", new { url = new Uri(file).AbsoluteUri }, ct);
        await loaded.Task.WaitAsync(ct);

        var result = await page.SendAsync("Runtime.evaluate", new { expression = Inspect, awaitPromise = true, returnByValue = true }, ct);
        using var found = JsonDocument.Parse(result.GetProperty("result").GetProperty("value").GetString()!);
        var root = found.RootElement;
        var images = root.GetProperty("images").EnumerateArray()
            .Select(i => new PageImage(i.GetProperty("src").GetString()!, i.GetProperty("naturalWidth").GetInt32(), i.GetProperty("alt").GetString()!)).ToArray();
        var links = root.GetProperty("links").EnumerateArray()
            .Select(l => new PageLink(l.GetProperty("href").GetString()!, l.GetProperty("raw").GetString()!, l.GetProperty("anchorFound").ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            })).ToArray();

        var height = root.GetProperty("height").GetInt32();
        foreach (var stale in Directory.Exists(Path.GetDirectoryName(screenshot)) ? Directory.GetFiles(Path.GetDirectoryName(screenshot)!, Path.GetFileNameWithoutExtension(screenshot) + "-part*.png") : [])
            File.Delete(stale);
        await CaptureAsync(page, screenshot, 0, Math.Min(height, MaxScreenshotHeight), ct);
        // The whole page is too tall to read as one picture (or to capture in one past 16000 px): keep screen-sized parts.
        for (var (top, part) = (0, 1); top < height; top += TileHeight, part++)
            await CaptureAsync(page, Path.ChangeExtension(screenshot, null) + $"-part{part}.png", top, Math.Min(TileHeight, height - top), ct);
        lock (requests)
            return new PageVisit(requests.ToArray(), failed.ToArray(), images, links)
            {
                Scripts = root.GetProperty("scripts").GetInt32(),
                EventHandlerAttributes = root.GetProperty("handlers").GetInt32(),
                Height = height,
                SecondSectionTop = root.GetProperty("secondSection").ValueKind == JsonValueKind.Number ? root.GetProperty("secondSection").GetInt32() : null,
                NavigationLinks = root.GetProperty("nav").EnumerateArray().Select(a => a.GetString()!).ToArray(),
            };
    }

    private const int TileHeight = 1800;

    private static async Task CaptureAsync(DevToolsSession page, string path, int top, int height, CancellationToken ct)
    {
        var shot = await page.SendAsync("Page.captureScreenshot", new
        {
            format = "png", captureBeyondViewport = true, clip = new { x = 0, y = top, width = Width, height, scale = 1 },
        }, ct);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!), ct);
    }
}
