using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.EndToEnd;

/// <summary>
/// A free-threaded CPython measured twice, GIL forced off and on: each record must say what the
/// interpreter itself reported, since that is what the GIL claims are judged on.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class FreeThreadedRuntimeTests : IDisposable
{
    private const string FreeThreadedPython = "/opt/python3.13t/bin/python3.13t";
    private readonly TempDir dir = new();

    [RequiresFileFact(FreeThreadedPython, "build it with build/scripts/free-threaded-python.sh /opt/python3.13t; .ci/run does")]
    public async Task Gil_state_is_recorded_as_the_interpreter_reports_it()
    {
        string[] settings =
        [
            "--root", Repo.Root, "--artifacts", dir.File("artifacts"), "--profile", "smoke", "--groups", "cpu_bound",
            "--workers", "2", "--repetitions", "1", "--runner", "ft",
            "--interpreters", $"python3={Repo.Python},ft-nogil={FreeThreadedPython}?gil=off,ft-gil={FreeThreadedPython}?gil=on",
        ];
        // No build: the pure-Python variants are what the GIL comparison needs; the compiled ones are unavailable.
        var result = await ReproCli.RunAsync(["run", .. settings]);
        Assert.True(result.ExitCode == 0, $"repro run: {result.Error}");
        var records = new RecordStore(dir.File("artifacts/runs/ft/records.jsonl")).ReadAll();
        var mt = records.Where(r => r.Variant == "mt").ToDictionary(r => r.Runtime);
        Assert.Equal(RunStatus.Ok, mt["ft-nogil"].Status);
        Assert.False(mt["ft-nogil"].Python!.GilEnabled);
        Assert.True(mt["ft-nogil"].Python!.FreeThreadedBuild);
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
