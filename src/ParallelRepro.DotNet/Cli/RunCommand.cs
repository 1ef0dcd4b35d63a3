using System.Diagnostics;
using System.Text.Json;
using ParallelRepro.DotNet.Harness;
using ParallelRepro.DotNet.Workloads;

namespace ParallelRepro.DotNet.Cli;

/// <summary>
/// <c>run &lt;group.variant&gt; --workers N [--cores K] [--profile P] --data DIR --out FILE.json [--output FILE] [--wiki-url URL]</c>:
/// measures one run in the order of <c>ppp/harness.py</c>: affinity first, then checks, load, timed proc(), output, record.
/// </summary>
internal static class RunCommand
{
    public static int Execute(ArgReader args)
    {
        var started = Stopwatch.GetTimestamp();
        var cores = args.Int("cores", 0, min: int.MinValue);
        var coresAllowed = Affinity.Apply(cores);
        var workers = args.Int("workers", 1, min: int.MinValue);
        if (workers < 1) throw new UsageException($"--workers must be >= 1, got {workers}");
        var profile = args.Optional("profile") ?? "quick";
        var dataDir = args.Required("data");
        var outFile = args.Required("out");
        var outputFile = args.Optional("output");
        var wikiUrl = args.Optional("wiki-url") ?? Environment.GetEnvironmentVariable("PPP_WIKI_URL");
        args.RejectUnknown();
        if (args.Positional.Count != 1) throw new UsageException("expected exactly one <group>.<variant>");
        var variant = Catalog.Find(args.Positional[0]) ?? throw new UsageException($"unknown variant '{args.Positional[0]}' (see `list`)");
        if (variant.Needs.Contains("wiki") && wikiUrl is null) throw new UsageException($"{variant.Program} needs --wiki-url URL (or PPP_WIKI_URL)");
        DataFolder.Check(dataDir, profile);

        // Process creation to the measurement: runtime start-up and argument handling (data loading comes after).
        var startup = Math.Max(0, (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds);
        var (procTime, digest, lines) = Measure(variant, new WorkloadInput(dataDir, Endpoint(wikiUrl), SelfCommand.Current), workers, outputFile);
        var usage = CpuTimes.Now();
        var record = new HarnessRecord
        {
            Status = "ok",
            Group = variant.Group,
            Variant = variant.Name,
            Workers = workers,
            CoresRequested = cores,
            CoresAllowed = coresAllowed,
            Profile = profile,
            ProcTimeS = procTime,
            TimedTotalS = procTime,
            StartupS = startup,
            StartupFrom = StartupSource,
            HarnessRealS = Stopwatch.GetElapsedTime(started).TotalSeconds,
            UserS = usage.UserS,
            SysS = usage.SysS,
            ChildrenUserS = usage.ChildrenUserS,
            ChildrenSysS = usage.ChildrenSysS,
            MaxRssKb = CpuTimes.PeakRssKb(),
            Digest = digest,
            OutputLines = lines,
            Runtime = RuntimeDescription.Current,
        };
        JsonFiles.WriteAtomic(outFile, JsonSerializer.Serialize(record, JsonFiles.Options) + "\n");
        return ExitCodes.Ok;
    }

    private const string StartupSource = "process-creation";

    private static (double ProcTime, string Digest, int Lines) Measure(Variant variant, WorkloadInput input, int workers, string? outputFile)
    {
        using var run = Faults.Apply(Faults.FromEnvironment(), variant.Program, Load(variant, input, workers));
        run.Reset();
        var clock = Stopwatch.StartNew();
        run.Proc();
        var procTime = clock.Elapsed.TotalSeconds;
        var lines = run.Lines();
        var text = CanonicalOutput.Text(lines);
        if (outputFile is not null) JsonFiles.WriteAtomic(outputFile, text);
        return (procTime, CanonicalOutput.Digest(text), lines.Count);
    }

    private static IWorkloadRun Load(Variant variant, WorkloadInput input, int workers)
    {
        try
        {
            return variant.Create(input, workers);
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException($"{e.Message} (run `ppp data`)");
        }
    }

    private static Uri? Endpoint(string? url)
    {
        if (url is null) return null;
        try
        {
            return Workloads.IoBound.WikiClient.Endpoint(url);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
