using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParallelRepro.Tests.Fixtures.Chromium;

/// <summary>
/// Headless Chromium started for one test, with networking features that phone home turned off and a
/// throwaway profile; the DevTools endpoint is found through the DevToolsActivePort file.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private readonly Process process;
    private readonly TempDir profile;

    private HeadlessChromium(Process process, TempDir profile, int port)
    {
        this.process = process;
        this.profile = profile;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The browser's path, from CHROMIUM or PATH; null when none is installed.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } given && File.Exists(given)) return given;
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        return Names.SelectMany(name => path.Select(dir => Path.Combine(dir, name))).FirstOrDefault(File.Exists);
    }

    public static async Task<HeadlessChromium> StartAsync(CancellationToken ct)
    {
        var executable = Find() ?? throw new InvalidOperationException(
            "chromium is not installed, and the report's browser checks need it (Debian: apt-get install -y chromium; or set CHROMIUM=/path/to/chrome)");
        var profile = new TempDir();
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-default-apps",
            "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--metrics-recording-only", "--mute-audio",
            "--hide-scrollbars", "--remote-debugging-port=0", $"--user-data-dir={profile.Path}", "--window-size=1280,900", "about:blank",
        }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var portFile = Path.Combine(profile.Path, "DevToolsActivePort");
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (process.HasExited) throw new InvalidOperationException($"chromium exited with {process.ExitCode} before opening its DevTools port");
            await Task.Delay(100, ct);
        }
        return new HeadlessChromium(process, profile, int.Parse(File.ReadAllLines(portFile)[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Connects to the browser's first page (the about:blank it opened with).</summary>
    public async Task<DevToolsSession> OpenPageAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
        var targets = await http.GetFromJsonAsync<JsonElement>("/json/list", ct);
        var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        return await DevToolsSession.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), ct);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
        profile.Dispose();
    }
}
