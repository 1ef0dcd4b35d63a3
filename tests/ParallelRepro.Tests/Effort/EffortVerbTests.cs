using System.Text.Json;
using ParallelRepro.Cli;
using Spectre.Console.Testing;
using Xunit;

namespace ParallelRepro.Tests.Effort;

/// <summary>The `repro effort` verb end to end on a copy of the toy checkout.</summary>
public sealed class EffortVerbTests
{
    private static async Task<(int Exit, string Stderr)> Run(string root)
    {
        var stderr = new StringWriter();
        var exit = await ReproApp.RunAsync(["effort", "--root", root], new TestConsole(), stderr, TimeProvider.System);
        return (exit, stderr.ToString());
    }

    [Fact]
    public async Task Writes_versioned_json_and_the_reviewed_markdown()
    {
        using var checkout = new FixtureCheckout();
        var (exit, stderr) = await Run(checkout.Root);
        Assert.Equal((0, ""), (exit, stderr));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(checkout.Root, "artifacts", "effort.json")));
        Assert.Equal(1, json.RootElement.GetProperty("schema_version").GetInt32());
        var mt = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("program").GetString() == "toy.mt");
        Assert.Equal(15, mt.GetProperty("D").GetInt32());
        var expected = File.ReadAllText(Path.Combine(Corpus.Fixtures, "expected-effort.md"));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(checkout.Root, "artifacts", "effort.md")));
    }

    [Fact]
    public async Task Malformed_source_is_named_with_its_line_the_rest_is_written_and_exit_is_2()
    {
        using var checkout = new FixtureCheckout();
        checkout.Write("ppp/toy/mt.py", "import threading\n\nMESSAGE = 'never closed\n");
        var (exit, stderr) = await Run(checkout.Root);

        Assert.Equal(2, exit);
        Assert.Contains("src/workloads/ppp/toy/mt.py:3: unterminated string literal", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(checkout.Root, "artifacts", "effort.json")));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("program").GetString()!);
        Assert.Equal("error", rows["toy.mt"].GetProperty("status").GetString());
        Assert.Equal("ok", rows["toy.omp-nogil-static"].GetProperty("status").GetString());
        Assert.Equal(19, rows["toy.omp-nogil-static"].GetProperty("D").GetInt32());
        Assert.Contains("mt.py:3: unterminated string literal", File.ReadAllText(Path.Combine(checkout.Root, "artifacts", "effort.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkout_without_workloads_still_gets_the_paper_table()
    {
        using var checkout = new FixtureCheckout();
        Directory.Delete(checkout.Workloads, recursive: true);
        var (exit, _) = await Run(checkout.Root);
        Assert.Equal(0, exit);
        Assert.Contains("| cpu\\_bound.mp | – |", File.ReadAllText(Path.Combine(checkout.Root, "artifacts", "effort.md")), StringComparison.Ordinal);
    }
}
