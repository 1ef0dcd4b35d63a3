using ParallelRepro.Common;
using ParallelRepro.DotNet.Workloads;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.DotNet;

/// <summary>
/// The C# programs through the real pipeline, on the smoke profile: as a <c>dotnet:</c> runtime of <c>repro run</c>
/// (a fresh process per run) and through <c>repro dotnet-bench</c> (BenchmarkDotNet). A variant that throws, hangs
/// or gives a wrong answer (test-only fault switch) is recorded as failed, timeout or wrong-output, like a Python
/// one, the run goes on, and the verb exits 1.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(DotNetCollection.Name)]
public sealed class DotNetPipelineTests : IDisposable
{
    private readonly TempDir dir = new();

    private string[] Settings(string runner) =>
    [
        "--root", Repo.Root, "--artifacts", dir.File("artifacts"), "--reports", dir.File("reports"), "--profile", "smoke",
        "--repetitions", "1", "--runner", runner, "--timeout", "5",
    ];

    [Fact]
    public async Task Dotnet_runtime_runs_are_recorded_like_Python_ones_and_faults_do_not_stop_the_run()
    {
        var result = await WithFaults("cpu_bound.threads=throw,cpu_bound.parallel-for=hang,overhead.threads=wrong", () => ReproCli.RunAsync(
            ["run", .. Settings("net"), "--groups", "cpu_bound,overhead", "--variants", "serial,threads,parallel-for", "--workers", "2",
                "--interpreters", $"python3={Repo.Python},dotnet=dotnet:"]));
        Assert.True(result.ExitCode == ExitCodes.RunsFailed, $"exit {result.ExitCode}: {result.Error}{result.Output}"); // after recording every run
        var records = Records("net");

        Assert.Equal(RunStatus.Ok, records[("python3", "cpu_bound.serial")].Status);
        var serial = records[("dotnet", "cpu_bound.serial")];
        Assert.Equal(RunStatus.Ok, serial.Status);
        Assert.Equal(serial.ExpectedDigest, serial.Digest);
        Assert.Equal("dotnet", serial.Python!.Implementation);
        Assert.False(serial.Python.GilEnabled);
        Assert.NotEqual(records[("python3", "cpu_bound.serial")].SourceHash, serial.SourceHash);

        var thrown = records[("dotnet", "cpu_bound.threads")];
        Assert.Equal(RunStatus.Failed, thrown.Status);
        Assert.Contains("InvalidOperationException: injected fault", thrown.Reason, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Timeout, records[("dotnet", "cpu_bound.parallel-for")].Status);
        Assert.Equal(RunStatus.WrongOutput, records[("dotnet", "overhead.threads")].Status);
        Assert.Equal(RunStatus.Ok, records[("dotnet", "overhead.parallel-for")].Status);
    }

    [Fact]
    public async Task Benchmarkdotnet_cells_become_records_hung_cells_are_killed_and_the_rest_still_run()
    {
        string[] bench = ["dotnet-bench", .. Settings("bdn"), "--groups", "cpu_bound", "--workers", "2", "--iterations", "2", "--warmups", "1"];
        var result = await WithFaults("cpu_bound.threads=throw,cpu_bound.parallel-for=hang", () => ReproCli.RunAsync(bench));
        Assert.True(result.ExitCode == ExitCodes.RunsFailed, $"exit {result.ExitCode}: {result.Error}{result.Output}"); // after recording every cell
        Assert.Contains("2 record(s) failed, timed out or gave wrong output", result.Output, StringComparison.Ordinal);
        var all = new RecordStore(dir.File("artifacts/runs/bdn/records.jsonl")).ReadAll();
        Assert.All(all, r => Assert.Equal(".NET 10", r.Runtime));

        var serial = all.Where(r => r.Variant == "serial").ToArray();
        Assert.Equal([0, 1], serial.Select(r => r.Repetition));
        Assert.All(serial, r => Assert.Equal(RunStatus.Ok, r.Status));
        Assert.All(all.Where(r => r.Variant == "processes"), r => Assert.Equal(RunStatus.Ok, r.Status));
        Assert.Equal(2, all.Count(r => r.Variant == "processes"));
        Assert.Contains("injected fault", Assert.Single(all, r => r.Variant == "threads").Reason, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Timeout, Assert.Single(all, r => r.Variant == "parallel-for").Status);

        // Resumed: everything is recorded, nothing is measured again.
        var again = await ReproCli.RunAsync(bench);
        Assert.Contains("0 to measure", again.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, again.ExitCode); // nothing measured, nothing failed now
        Assert.Equal(all.Count, new RecordStore(dir.File("artifacts/runs/bdn/records.jsonl")).ReadAll().Count);

        // Beside Python's serial in the report.
        await ReproCli.RunAsync(["run", .. Settings("bdn"), "--groups", "cpu_bound", "--variants", "serial", "--interpreters", $"python3={Repo.Python}"]);
        Assert.Equal(0, (await ReproCli.RunAsync(["aggregate", .. Settings("bdn")])).ExitCode);
        Assert.Equal(0, (await ReproCli.RunAsync(["claims", .. Settings("bdn")])).ExitCode);
        var report = await ReproCli.RunAsync(["report", .. Settings("bdn")]);
        Assert.True(report.ExitCode == 0, report.Error);
        var html = report.Output.Split('\n').Single(l => l.StartsWith("report: ", StringComparison.Ordinal))["report: ".Length..].Trim();
        var markdown = File.ReadAllText(Path.ChangeExtension(html, ".md"));
        Assert.Contains("## Python and C# side by side", markdown, StringComparison.Ordinal);
        Assert.Contains("cpu\\_bound on bdn: .NET 10 vs Python", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Benchmarkdotnet_cpu_utilization_never_exceeds_the_cores_the_process_could_use()
    {
        // One core for four threads or processes: a CPU time taken over a wider window than the real time would show as > 1.
        var result = await ReproCli.RunAsync(["dotnet-bench", .. Settings("util"), "--groups", "cpu_bound,overhead", "--workers", "4", "--cores", "1",
            "--iterations", "3", "--warmups", "1"]);
        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        var ok = new RecordStore(dir.File("artifacts/runs/util/records.jsonl")).ReadAll().Where(r => r.Status == RunStatus.Ok).ToArray();
        Assert.Contains(ok, r => r.Variant == "processes");
        Assert.All(ok, r =>
        {
            Assert.Equal(1, r.CoresAllowed);
            Assert.True(r.RealTimeS >= r.ProcTimeS, $"{r.Cell}: real {r.RealTimeS} s < proc {r.ProcTimeS} s");
            // getrusage reports microseconds: allow that rounding on each of its four parts.
            Assert.True(r.TotalCpuS <= r.CoresAllowed * r.RealTimeS + 4e-6, $"{r.Cell}: {r.TotalCpuS} CPU s in {r.RealTimeS} s on {r.CoresAllowed} core");
        });
    }

    public void Dispose() => dir.Dispose();

    private Dictionary<(string Runtime, string Program), RunRecord> Records(string runner)
        => new RecordStore(dir.File($"artifacts/runs/{runner}/records.jsonl")).ReadAll().ToDictionary(r => (r.Runtime, r.Cell.Program));

    /// <summary>
    /// The switch is an environment variable that the pipeline's child processes inherit. Only this collection's
    /// tests start .NET workload processes, and they run one at a time, so no other test sees it.
    /// </summary>
    private static async Task<CliResult> WithFaults(string faults, Func<Task<CliResult>> action)
    {
        Environment.SetEnvironmentVariable(Faults.Variable, faults);
        try
        {
            return await action();
        }
        finally
        {
            Environment.SetEnvironmentVariable(Faults.Variable, null);
        }
    }
}
