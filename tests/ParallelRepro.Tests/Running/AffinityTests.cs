using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Running;

/// <summary>A run limited to one core gets one core, worker processes included.</summary>
[Trait("Category", "EndToEnd")]
public sealed class AffinityTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task One_core_runs_use_at_most_one_core_of_cpu_time()
    {
        if (!OperatingSystem.IsLinux()) return; // affinity is applied on Linux only (recorded elsewhere)
        var result = await ReproCli.RunAsync("run", "--root", Repo.Root, "--artifacts", dir.File("artifacts"), "--profile", "quick",
            "--groups", "cpu_bound", "--workers", "2", "--cores", "1,0", "--repetitions", "1", "--runner", "affinity",
            "--interpreters", $"python3={Repo.Python}");
        Assert.True(result.ExitCode == 0, result.Error);
        var records = new RecordStore(dir.File("artifacts/runs/affinity/records.jsonl")).ReadAll();

        var oneCore = records.Single(r => r is { Variant: "mp", Cores: 1 });
        Assert.Equal(RunStatus.Ok, oneCore.Status);
        Assert.Equal(1, oneCore.CoresAllowed);
        Assert.True(oneCore.ChildrenUserS > 0, "the workers' CPU time must be counted");
        var utilization = oneCore.TotalCpuS!.Value / oneCore.RealTimeS;
        Assert.True(utilization <= 1.05, $"CPU utilization {utilization:0.000} with one core allowed");

        Assert.Equal(Environment.ProcessorCount, records.Single(r => r is { Variant: "mp", Cores: 0 }).CoresAllowed);
    }

    public void Dispose() => dir.Dispose();
}
