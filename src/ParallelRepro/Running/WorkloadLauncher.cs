using System.Globalization;
using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Planning;
using ParallelRepro.Toolchain;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Running;

/// <summary>
/// Runs one planned run in a fresh Python process and turns whatever happened into a record:
/// measured, failed (with stderr tail), timed out (process tree killed), wrong output, or unavailable.
/// With a <see cref="LoopCalibration"/>, each run passes its cell's <c>--loops</c> and a calibrating run's k is kept.
/// </summary>
internal sealed class WorkloadLauncher(RunContext context, TimeProvider clock, LoopCalibration? loops = null)
{
    /// <summary>Exit code with which the harness says "this variant cannot run on this runtime".</summary>
    public const int UnavailableExitCode = 3;

    /// <summary>Environment variable naming the run (its record key) in every process the run starts.</summary>
    public const string RunKeyVariable = "PARALLELREPRO_RUN";

    private readonly StartCpus cpus = StartCpus.OfThisProcess();

    public async Task<RunRecord> RunAsync(PlannedRun run, CancellationToken ct)
    {
        var scratch = Directory.CreateTempSubdirectory("repro-run-");
        try
        {
            var resultFile = Path.Combine(scratch.FullName, "result.json");
            var spec = CommandFor(run, resultFile, Path.Combine(scratch.FullName, "output.txt"));
            var probe = SpeedProbe.Measure();
            var started = clock.GetUtcNow();
            var process = await ProcessRunner.RunAsync(spec, ct).ConfigureAwait(false);
            var record = Classify(BaseRecord(run, started, process.Elapsed.TotalSeconds) with { ProbeS = probe }, process, resultFile);
            loops?.Remember(record);
            return record;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>The exact command of a run (<c>repro plan --json</c> shows it too).</summary>
    public Common.ProcessSpec CommandFor(PlannedRun run, string resultFile, string outputFile)
    {
        var spec = CommandFor(run.Cell, resultFile, outputFile, cpus.For(run.Round + run.CpuTurn, run.Cell.Cores));
        // Every process of the run (workers, Manager servers) inherits this: stray processes can be traced to their run.
        return spec with { Environment = new Dictionary<string, string?>(spec.Environment) { [RunKeyVariable] = context.KeyOf(run) } };
    }

    /// <param name="startCpu">The CPU the Python harness starts on (<see cref="StartCpus"/>); the C# programs are not placed.</param>
    public Common.ProcessSpec CommandFor(Cell cell, string resultFile, string outputFile, int? startCpu = null)
    {
        var s = context.Settings;
        var runtime = context.InterpreterFor(cell.Runtime);
        var args = RunArguments(cell, resultFile, outputFile);
        // The C# programs' harness takes the same arguments as `ppp run` (minus extensions and start method)
        // and writes the same record.
        if (runtime.IsDotNet)
            return DotNetCommand.Create(s.Layout, runtime, ["run", .. args]) with { Timeout = s.RunTimeout };
        args.AddRange(["--ext-dir", s.Layout.BuildDir(runtime), "--start-method", Platforms.StartMethods.For(Platforms.CurrentOs.Kind)]);
        if (loops is not null)
            args.AddRange(["--loops", loops.ArgumentFor(s.Profile.Name, cell)]);
        if (startCpu is { } cpu)
            args.AddRange(["--start-cpu", cpu.ToString(CultureInfo.InvariantCulture)]);
        return PythonCommand.Create(s.Layout, runtime, ["-m", "ppp", "run", .. args]) with { Timeout = s.RunTimeout };
    }

    /// <summary>The arguments both harnesses share, after the verb.</summary>
    private List<string> RunArguments(Cell cell, string resultFile, string outputFile)
    {
        List<string> args =
        [
            cell.Program,
            "--workers", cell.Workers.ToString(CultureInfo.InvariantCulture),
            "--cores", cell.Cores.ToString(CultureInfo.InvariantCulture),
            "--profile", context.Settings.Profile.Name,
            "--data", context.DataDir,
            "--out", resultFile,
            "--output", outputFile,
        ];
        if (context.WikiUrl is { } wiki && context.WikiGroups.Contains(cell.Group))
            args.AddRange(["--wiki-url", wiki]);
        return args;
    }

    private RunRecord Classify(RunRecord record, ProcessResult process, string resultFile)
    {
        if (process.TimedOut)
            return record with { Status = RunStatus.Timeout, Reason = $"killed after {context.Settings.RunTimeout.TotalSeconds:0} s", StderrTail = process.StandardErrorTail };
        var output = File.Exists(resultFile) ? ReadOutput(resultFile) : null;
        if (process.ExitCode == UnavailableExitCode && output is not null)
            return WithMeasurements(record, output) with { Status = RunStatus.Unavailable, Reason = output.Reason ?? "unavailable" };
        if (process.ExitCode != 0 || output is null || output.Status != "ok")
            return record with
            {
                Status = RunStatus.Failed,
                Reason = $"exit code {process.ExitCode}: {PythonProbe.LastLine(process.StandardErrorTail)}",
                StderrTail = process.StandardErrorTail,
            };
        var measured = WithMeasurements(record, output);
        return output.Digest == measured.ExpectedDigest
            ? measured with { Status = RunStatus.Ok }
            : measured with { Status = RunStatus.WrongOutput, Reason = $"output digest {output.Digest} differs from serial's {measured.ExpectedDigest}" };
    }

    private static HarnessOutput? ReadOutput(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<HarnessOutput>(File.ReadAllText(path), Json.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static RunRecord WithMeasurements(RunRecord record, HarnessOutput o) => record with
    {
        CoresAllowed = o.CoresAllowed,
        StartCpu = o.StartCpu,
        CpuProbesS = o.CpuProbesS,
        ProcTimeS = o.ProcTimeS,
        Loops = o.Loops,
        Calls = o.Calls,
        StartupS = o.StartupS,
        UserS = o.UserS,
        SysS = o.SysS,
        ChildrenUserS = o.ChildrenUserS,
        ChildrenSysS = o.ChildrenSysS,
        MaxRssKb = o.MaxRssKb,
        Digest = o.Digest,
        Python = o.Runtime,
        Libraries = o.Libraries,
        Retries = o.Retries,
        RetryWaitS = o.RetryWaitS,
    };

    private RunRecord BaseRecord(PlannedRun run, DateTimeOffset started, double realTime) => new()
    {
        Key = context.KeyOf(run),
        Commit = context.Commit,
        Runner = context.Settings.Runner,
        Profile = context.Settings.Profile.Name,
        Seed = context.Settings.Seed,
        DataHash = context.Data.DataHash,
        SourceHash = context.SourceHashFor(run.Cell.Runtime),
        Runtime = run.Cell.Runtime,
        Programs = context.InterpreterFor(run.Cell.Runtime).IsDotNet ? RuntimeIds.DotNet : null,
        Group = run.Cell.Group,
        Variant = run.Cell.Variant,
        Workers = run.Cell.Workers,
        Cores = run.Cell.Cores,
        Repetition = run.Repetition,
        Round = run.Round,
        Purpose = run.Purpose,
        Status = RunStatus.Failed,
        StartedUtc = started,
        RealTimeS = realTime,
        ExpectedDigest = context.ExpectedDigests.GetValueOrDefault(run.Cell.Group),
        Machine = MachineInfo.Current,
        Compiler = context.Compiler,
    };
}
