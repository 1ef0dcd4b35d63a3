using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Running;

/// <summary>A runner killed mid-way loses at most the run in flight; running again measures only what is missing.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ResumeTests : IDisposable
{
    private readonly TempDir dir = new();

    private string[] Settings =>
    [
        "--root", Repo.Root, "--artifacts", dir.File("artifacts"), "--profile", "smoke", "--groups", "cpu_bound,overhead",
        "--workers", "1,2,4", "--repetitions", "2", "--runner", "resume", "--interpreters", $"python3={Repo.Python}",
    ];

    private string RecordsFile => dir.File("artifacts/runs/resume/records.jsonl");

    [Fact]
    public async Task Killed_run_resumes_without_losing_or_repeating_records()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "repro.dll");
        using var killer = new CancellationTokenSource();
        var first = ProcessRunner.RunAsync(new ProcessSpec("dotnet", [cli, "run", .. Settings]), killer.Token);
        await WaitForRecordsAsync(3, first);
        killer.Cancel(); // kills the runner and everything it started
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        var written = new RecordStore(RecordsFile).ReadAll();
        Assert.InRange(written.Count, 3, 51);

        var again = await ReproCli.RunAsync(["run", .. Settings]);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains($"{written.Count} already recorded", again.Output, StringComparison.Ordinal);

        var all = new RecordStore(RecordsFile).ReadAll();
        Assert.Equal(2 * (2 + 8 * 3), all.Count); // 2 repetitions of 2 serial cells and 8 parallel variants at 3 n
        Assert.Equal(all.Count, all.Select(r => r.Key).Distinct().Count());

        var fresh = await ReproCli.RunAsync(["run", "--fresh", .. Settings]);
        Assert.Contains("0 already recorded, 52 to measure", fresh.Output, StringComparison.Ordinal);
    }

    private async Task WaitForRecordsAsync(int count, Task runner)
    {
        for (var i = 0; i < 1200 && !runner.IsCompleted; i++)
        {
            if (File.Exists(RecordsFile) && File.ReadAllLines(RecordsFile).Length >= count) return;
            await Task.Delay(100);
        }
        Assert.Fail($"the runner wrote fewer than {count} records before it {(runner.IsCompleted ? "ended" : "timed out")}");
    }

    public void Dispose() => dir.Dispose();
}
