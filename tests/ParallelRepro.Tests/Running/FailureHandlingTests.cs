using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Running;

/// <summary>
/// Crashed, hung and wrong variants (the workload package's test-only <c>faults</c> group) are recorded
/// with their status and stderr tail, the hung one's whole process tree is killed, the run goes on, and it exits 3.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class FailureHandlingTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task Crash_hang_and_wrong_output_are_recorded_and_the_run_goes_on()
    {
        var result = await ReproCli.RunAsync("run", "--root", Repo.Root, "--artifacts", dir.File("artifacts"), "--profile", "smoke",
            "--groups", "faults", "--workers", "2", "--repetitions", "1", "--runner", "faults", "--timeout", "5",
            "--interpreters", $"python3={Repo.Python}");
        // Every run is recorded first; then the exit code tells CI that some failed (the serial reference run was fine).
        Assert.True(result.ExitCode == ExitCodes.RunsFailed, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains("3 run(s) failed, timed out or gave wrong output", result.Output, StringComparison.Ordinal);
        var records = new RecordStore(dir.File("artifacts/runs/faults/records.jsonl")).ReadAll().ToDictionary(r => r.Variant);

        Assert.Equal(RunStatus.Ok, records["serial"].Status);
        var crashed = records["raise-in-worker"];
        Assert.Equal(RunStatus.Failed, crashed.Status);
        Assert.Contains("Traceback", crashed.StderrTail, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Timeout, records["hang"].Status);
        Assert.Equal(RunStatus.WrongOutput, records["wrong-output"].Status);
        Assert.Contains("differs from serial", records["wrong-output"].Reason, StringComparison.Ordinal);

        // Nothing of the hung run survives: not the main process, not its worker.
        if (OperatingSystem.IsLinux())
            Assert.Empty(ProcessTable.WithEnvironment(WorkloadLauncher.RunKeyVariable, records["hang"].Key));
    }

    public void Dispose() => dir.Dispose();
}
