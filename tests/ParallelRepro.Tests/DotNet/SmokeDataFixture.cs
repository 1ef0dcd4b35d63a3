using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Toolchain;
using ParallelRepro.Wiki;

namespace ParallelRepro.Tests.DotNet;

/// <summary>
/// The oracle of the C# programs: smoke data made by the Python package (<c>ppp data --profile smoke --seed 1</c>),
/// the wiki replica on loopback, and the digest of each group's Python serial run on them.
/// </summary>
public sealed class SmokeDataFixture : IAsyncLifetime
{
    public static readonly string[] Groups = ["cpu_bound", "io_bound", "memory_bound", "overhead"];

    private readonly TempDir scratch = new();
    private RunningWikiReplica? wiki;

    public string DataDir => scratch.File("data");
    public Uri WikiUrl => wiki?.ApiUrl ?? throw new InvalidOperationException("not started");
    public Dictionary<string, string> SerialDigests { get; } = [];

    /// <summary>Python's record of cpu_bound.serial: the field set a .NET record must have too.</summary>
    public JsonElement PythonRecord { get; private set; }

    public async Task InitializeAsync()
    {
        await Python("data", "--profile", "smoke", "--seed", "1", "--out", DataDir);
        wiki = await WikiReplica.StartAsync(new WikiReplicaOptions { TitlesPath = Repo.Layout.WikiTitles, Latency = LatencyProfile.Smoke, Seed = 1 });
        foreach (var group in Groups)
        {
            var record = scratch.File($"{group}.json");
            await Python("run", $"{group}.serial", "--profile", "smoke", "--data", DataDir, "--out", record, "--wiki-url", WikiUrl.ToString());
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(record));
            SerialDigests[group] = json.RootElement.GetProperty("digest").GetString()!;
            if (group == "cpu_bound") PythonRecord = json.RootElement.Clone();
        }
    }

    public async Task DisposeAsync()
    {
        if (wiki is not null) await wiki.DisposeAsync();
        scratch.Dispose();
    }

    private static async Task Python(params string[] args)
    {
        var spec = PythonCommand.Create(Repo.Layout, new Interpreter("python3", Repo.Python), ["-m", "ppp", .. args]) with { Timeout = TimeSpan.FromMinutes(2) };
        var result = await ProcessRunner.RunAsync(spec);
        Assert.True(result.Succeeded, $"python -m ppp {string.Join(' ', args)} failed: {result.StandardErrorTail}");
    }
}
