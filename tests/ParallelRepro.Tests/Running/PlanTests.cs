using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Running;

/// <summary><c>repro plan</c> shows the runs <c>repro run</c> measures, with their keys and exact commands.</summary>
[Trait("Category", "EndToEnd")]
public sealed class PlanTests : IDisposable
{
    private readonly TempDir dir = new();

    private string[] Settings =>
    [
        "--root", Repo.Root, "--artifacts", dir.File("artifacts"), "--profile", "smoke", "--groups", "overhead", "--variants", "serial,mt",
        "--workers", "1,2", "--repetitions", "2", "--runner", "plan", "--interpreters", $"python3={Repo.Python}",
    ];

    [Fact]
    public async Task Plan_lists_the_runs_that_run_then_measures_with_the_same_keys()
    {
        var planFile = dir.File("plan.json");
        var plan = await ReproCli.RunAsync(["plan", "--json", planFile, .. Settings]);
        Assert.True(plan.ExitCode == 0, plan.Error);
        Assert.Contains("plan: 6 run(s) on runner 'plan', profile smoke, seed 2013; 0 already recorded, 6 to measure", plan.Output, StringComparison.Ordinal);
        var preview = Json.ReadFile<MatrixPreviewDocument>(planFile, "plan");
        Assert.Equal(6, preview.Runs.Count);
        Assert.Equal(Enumerable.Range(1, 6), preview.Runs.Select(r => r.Order));
        Assert.False(File.Exists(dir.File("artifacts/runs/plan/records.jsonl")), "plan must not measure");

        var run = await ReproCli.RunAsync(["run", .. Settings]);
        Assert.True(run.ExitCode == 0, run.Error);
        var records = new RecordStore(dir.File("artifacts/runs/plan/records.jsonl")).ReadAll();
        Assert.Equal(preview.Runs.Select(r => r.Key), records.Select(r => r.Key)); // same runs, same order
        Assert.All(records, r => Assert.True(r.ProbeS > 0, "every run records the speed probe timed before it"));
        // Every run of a round started on the same CPU, and the rounds took turns over the CPUs (StartCpus).
        var cpus = StartCpus.OfThisProcess();
        Assert.All(records, r => Assert.Equal(cpus.For(r.RoundOrRepetition, cores: 0), r.StartCpu));
        if (cpus.Allowed.Count >= 2) Assert.Equal(2, records.Select(r => r.StartCpu).Distinct().Count());
        // ...and the harness probed each CPU it could use before and after it (ppp/cpuprobe.py), read into the record.
        if (cpus.Allowed.Count >= 1)
            Assert.All(records, r => Assert.Equal(cpus.Allowed.Order(), r.CpuProbesS!.After.Keys.Order()));

        var again = await ReproCli.RunAsync(["plan", .. Settings]);
        Assert.Contains("6 already recorded, 0 to measure", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planned_command_runs_as_is_once_its_placeholders_are_filled()
    {
        var planFile = dir.File("plan.json");
        var plan = await ReproCli.RunAsync(["plan", "--json", planFile, .. Settings]);
        Assert.True(plan.ExitCode == 0, plan.Error);
        var command = Json.ReadFile<MatrixPreviewDocument>(planFile, "plan").Runs.First(r => r.Program == "overhead.mt" && r.Workers == 2).Command;
        Assert.Equal(Repo.Python, command.FileName);
        Assert.Contains("overhead.mt", command.Arguments);

        var result = dir.File("result.json");
        var args = command.Arguments.Select(a => a.Replace(MatrixPreview.ResultPlaceholder, result).Replace(MatrixPreview.OutputPlaceholder, dir.File("output.txt"))).ToArray();
        var done = await ProcessRunner.RunAsync(new ProcessSpec(command.FileName, args) { Environment = command.Environment, WorkingDirectory = command.WorkingDirectory });
        Assert.True(done.Succeeded, done.StandardErrorTail);
        using var record = JsonDocument.Parse(File.ReadAllText(result));
        Assert.Equal("ok", record.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, record.RootElement.GetProperty("workers").GetInt32());
    }

    public void Dispose() => dir.Dispose();
}
