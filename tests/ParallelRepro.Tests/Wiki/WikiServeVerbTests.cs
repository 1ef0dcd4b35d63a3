using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ParallelRepro.Cli;
using ParallelRepro.Cli.Verbs;
using ParallelRepro.Tests.Fixtures;
using Spectre.Console.Testing;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary><c>repro wiki-serve</c>: the one line it prints, serving until cancelled, and exit code 2 for bad input.</summary>
public sealed class WikiServeVerbTests
{
    private static readonly string Titles = WikiReplicaHarness.FixtureTitles;

    [Fact]
    public async Task Prints_one_listening_line_serves_until_cancelled_and_exits_zero()
    {
        var console = new TestConsole();
        var command = WikiServeVerb.Create(new CliServices(console, TimeProvider.System));
        using var stop = new CancellationTokenSource();
        // No signal handling in a test host: the token stands in for Ctrl+C / SIGTERM.
        var run = command.Parse(["--titles", Titles, "--profile", "smoke", "--seed", "5"])
            .InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, stop.Token);

        var url = await ListeningUrlAsync(console, run);
        using var http = new HttpClient();
        var body = await http.GetStringAsync(new Uri(url + "?" + WikiReplicaHarness.TitlesQuery("Freedom")));
        stop.Cancel();
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Matches(@"^listening on http://127\.0\.0\.1:\d+/w/api\.php\n$", console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("\"3437\"", body, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync(new Uri(url)));
    }

    [Fact]
    public async Task A_missing_title_list_is_one_line_and_exit_code_2()
    {
        var (exitCode, stderr) = await RunAsync("wiki-serve", "--titles", "/nonexistent/wiki_titles.tsv");

        Assert.Equal(2, exitCode);
        Assert.Equal("error: wiki title list not found: /nonexistent/wiki_titles.tsv\n", stderr);
    }

    [Fact]
    public async Task A_malformed_title_list_names_the_line()
    {
        var scratch = Directory.CreateTempSubdirectory("wiki-serve-");
        var path = Path.Combine(scratch.FullName, "titles.tsv");
        await File.WriteAllTextAsync(path, "# ok\nFreedom\t1\nBroken line\n");

        var (exitCode, stderr) = await RunAsync("wiki-serve", "--titles", path);
        scratch.Delete(recursive: true);

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: {path}:3: expected title<TAB>pageid[<TAB>redirect target], found 1 field(s)\n", stderr);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_2()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var (exitCode, stderr) = await RunAsync("wiki-serve", "--titles", Titles, "--port", port);

        Assert.Equal(2, exitCode);
        Assert.Equal($"error: port {port} on 127.0.0.1 is already in use (choose another with --port, or 0 for any free port)\n", stderr);
    }

    [Theory]
    [InlineData("--error-rate", "1.5", "error: invalid error rate 1.5: expected a fraction between 0 and 1\n")]
    [InlineData("--max-concurrency", "0", "error: invalid max concurrency 0: expected N >= 1\n")]
    [InlineData("--profile", "huge", "error: unknown profile 'huge' (expected one of: smoke, quick, paper)\n")]
    public async Task A_bad_option_value_is_one_line_and_exit_code_2(string option, string value, string expected)
    {
        var (exitCode, stderr) = await RunAsync("wiki-serve", "--titles", Titles, option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal(expected, stderr);
    }

    private static async Task<(int ExitCode, string Stderr)> RunAsync(params string[] args)
    {
        using var stderr = new StringWriter { NewLine = "\n" };
        // Bounded: if the verb wrongly started serving, fail instead of hanging the test run.
        var exitCode = await ReproApp.RunAsync(args, new TestConsole(), stderr, TimeProvider.System).WaitAsync(TimeSpan.FromSeconds(30));
        return (exitCode, stderr.ToString());
    }

    private static async Task<string> ListeningUrlAsync(TestConsole console, Task<int> run)
    {
        const string prefix = "listening on ";
        while (!console.Output.Contains('\n', StringComparison.Ordinal))
        {
            if (run.IsCompleted) Assert.Fail($"wiki-serve ended early with exit code {await run}: {console.Output}");
            await Task.Delay(10);
        }
        var line = console.Output.Split('\n')[0].TrimEnd('\r');
        Assert.StartsWith(prefix, line, StringComparison.Ordinal);
        return line[prefix.Length..];
    }
}
