using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.EndToEnd;

/// <summary>
/// A free-threaded CPython measured twice, GIL forced off and on: each record must say what the
/// interpreter itself reported, since that is what the GIL claims are judged on. The build is the one
/// `dotnet cake --target=Python-FreeThreaded` registered in this checkout, named by its labels as a user would.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class FreeThreadedRuntimeTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task Gil_state_is_recorded_as_the_interpreter_reports_it()
    {
        RegisteredRuntimes.Require("ft", "ft-gil");
        string[] settings =
        [
            "--root", Repo.Root, "--artifacts", dir.File("artifacts"), "--profile", "smoke", "--groups", "cpu_bound",
            "--workers", "2", "--repetitions", "1", "--runner", "ft",
            "--interpreters", $"python3={Repo.Python},ft,ft-gil",
        ];
        // No build: the pure-Python variants are what the GIL comparison needs; the compiled ones are unavailable.
        var result = await ReproCli.RunAsync(["run", .. settings]);
        Assert.True(result.ExitCode == 0, $"repro run: {result.Error}");
        var records = new RecordStore(dir.File("artifacts/runs/ft/records.jsonl")).ReadAll();
        var mt = records.Where(r => r.Variant == "mt").ToDictionary(r => r.Runtime);
        Assert.Equal(RunStatus.Ok, mt["ft"].Status);
        Assert.False(mt["ft"].Python!.GilEnabled);
        Assert.True(mt["ft"].Python!.FreeThreadedBuild);
        Assert.True(mt["ft-gil"].Python!.GilEnabled);
        Assert.True(mt["ft-gil"].Python!.FreeThreadedBuild);
        Assert.False(mt["python3"].Python!.FreeThreadedBuild);
        // Nothing was compiled: the OpenMP variants are recorded as unavailable, with the reason, not as failures.
        Assert.All(records.Where(r => r.Variant.StartsWith("omp", StringComparison.Ordinal)), r =>
        {
            Assert.Equal(RunStatus.Unavailable, r.Status);
            Assert.False(string.IsNullOrWhiteSpace(r.Reason));
        });
    }

    public void Dispose() => dir.Dispose();
}
