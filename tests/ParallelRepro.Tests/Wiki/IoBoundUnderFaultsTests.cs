using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Wiki;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>
/// The I/O-bound program's serial, mt and mp variants against the replica with injected 500s and 429s (smoke
/// profile, 4 workers): every run succeeds with serial's output, and each refused answer shows as one retry in
/// the run's record. The full n sweep is a command (README.md, "The I/O program against a throttling or failing wiki"), not a test.
/// </summary>
public sealed class IoBoundUnderFaultsTests
{
    private static readonly string[] Variants = ["serial", "mt", "mp"];

    [Fact]
    public async Task Every_variant_succeeds_with_serials_output_and_records_its_retries()
    {
        var scratch = Directory.CreateTempSubdirectory("io-faults-");
        try
        {
            await PythonAsync(["data", "--profile", "smoke", "--groups", "io_bound", "--out", scratch.FullName]);
            await using var wiki = await WikiReplica.StartAsync(new WikiReplicaOptions
            {
                TitlesPath = Repo.Layout.WikiTitles,
                Latency = LatencyProfile.Smoke,
                Faults = new FaultSettings(ErrorRate: 0.1, ThrottleEvery: 7),
            });

            var records = new List<JsonElement>();
            foreach (var variant in Variants)
                records.Add(await RunAsync(variant, wiki.ApiUrl, scratch.FullName));

            var stats = wiki.Stats;
            var refused = stats.Status.Where(s => s.Key != 200).Sum(s => s.Value);
            Assert.All(records, r => Assert.Equal("ok", r.GetProperty("status").GetString()));
            Assert.All(records, r => Assert.Equal(records[0].GetProperty("digest").GetString(), r.GetProperty("digest").GetString()));
            Assert.True(stats.Status.GetValueOrDefault(429) > 0, "the replica throttled no request: too few requests for the test to mean anything");
            Assert.Equal(refused, records.Sum(r => r.GetProperty("retries").GetInt32()));
            Assert.All(records.Where(r => r.GetProperty("retries").GetInt32() > 0), r => Assert.True(r.GetProperty("retry_wait_s").GetDouble() > 0));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static async Task<JsonElement> RunAsync(string variant, Uri wikiUrl, string data)
    {
        var record = Path.Combine(data, $"record-{variant}.json");
        await PythonAsync(["run", $"io_bound.{variant}", "--workers", "4", "--profile", "smoke", "--data", data, "--out", record, "--wiki-url", wikiUrl.ToString()]);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(record));
        return document.RootElement.Clone();
    }

    private static async Task PythonAsync(IReadOnlyList<string> args)
    {
        var run = await ProcessRunner.RunAsync(new ProcessSpec(Repo.Python, ["-m", "ppp", .. args])
        {
            Environment = new Dictionary<string, string?> { ["PYTHONPATH"] = Repo.Layout.Workloads },
            Timeout = TimeSpan.FromMinutes(3),
        });
        Assert.True(run.Succeeded, $"ppp {string.Join(' ', args)}: exit {run.ExitCode}\n{run.StandardErrorTail}");
    }
}
