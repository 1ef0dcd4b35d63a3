using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.EndToEnd;

/// <summary>
/// Runs the real pipeline once on the smoke profile, in scratch folders: doctor, Cython/OpenMP build,
/// data, measured runs in real Python processes, aggregate, report. The tests then read what it wrote.
/// </summary>
public sealed class SmokePipelineFixture : IAsyncLifetime
{
    private readonly TempDir scratch = new();

    public string Artifacts => Path.Combine(scratch.Path, "artifacts");
    public string Reports => Path.Combine(scratch.Path, "reports");
    public List<(string Verb, CliResult Result)> Steps { get; } = [];

    public string[] Settings =>
    [
        "--root", Repo.Root, "--artifacts", Artifacts, "--reports", Reports,
        "--profile", "smoke", "--workers", "1,2,3,8", "--repetitions", "1", "--runner", "e2e",
        "--groups", "cpu_bound,io_bound,memory_bound,overhead",
        "--interpreters", $"python3={Repo.Python}",
    ];

    public async Task InitializeAsync()
    {
        foreach (var verb in new[] { "doctor", "build", "data", "run", "aggregate", "claims", "decide", "report" })
        {
            var result = await ReproCli.RunAsync([verb, .. Settings]);
            Steps.Add((verb, result));
            if (result.ExitCode != 0) return; // the tests report which step failed
        }
    }

    public CliResult Step(string verb)
    {
        var (_, result) = Steps.FirstOrDefault(s => s.Verb == verb);
        Assert.True(result is not null, $"the pipeline stopped before '{verb}': {string.Join("; ", Steps.Select(s => $"{s.Verb} exit {s.Result.ExitCode} {s.Result.Error.Trim()}"))}");
        Assert.True(result.ExitCode == 0, $"repro {verb} failed with exit {result.ExitCode}: {result.Error}\n{result.Output}");
        return result;
    }

    public Task DisposeAsync()
    {
        scratch.Dispose();
        return Task.CompletedTask;
    }
}
