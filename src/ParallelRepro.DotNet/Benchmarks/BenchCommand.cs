using System.Reflection;
using BenchmarkDotNet.Running;
using ParallelRepro.DotNet.Cli;
using ParallelRepro.DotNet.Harness;
using ParallelRepro.DotNet.Workloads;

namespace ParallelRepro.DotNet.Benchmarks;

/// <summary>
/// <c>bench --data DIR --profile P --cases group.variant@n,... [--wiki-url URL] [--cores K] [--warmups W]
/// [--iterations K] [--warm-up-ms MS] [--artifacts DIR]</c>: runs the cells with BenchmarkDotNet and reports them on stdout.
/// </summary>
internal static class BenchCommand
{
    public static int Execute(ArgReader args, TextWriter stdout)
    {
        var coresAllowed = Affinity.Apply(args.Int("cores", 0, min: 0));
        var dataDir = args.Required("data");
        var profile = args.Optional("profile") ?? "quick";
        var cases = args.Required("cases").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(BenchCase.Parse).ToArray();
        var wiki = args.Optional("wiki-url") is { } url ? WikiClient(url) : null;
        var warmups = args.Int("warmups", 1, min: 0);
        var iterations = args.Int("iterations", 5, min: 1);
        var warmUpMs = args.Int("warm-up-ms", 500, min: 0);
        var artifacts = Path.GetFullPath(args.Optional("artifacts") ?? Path.Combine(Path.GetTempPath(), "ppp-bench"));
        args.RejectUnknown();
        DataFolder.Check(dataDir, profile);
        if (wiki is null && cases.FirstOrDefault(c => Catalog.Find(c.Program)!.Needs.Contains("wiki")) is { Program: { } needy })
            throw new UsageException($"{needy} needs --wiki-url URL");
        Directory.CreateDirectory(artifacts);

        var plan = new BenchPlan(cases, new WorkloadInput(dataDir, wiki, SelfCommand.Current), Faults.FromEnvironment(), TimeSpan.FromMilliseconds(warmUpMs));
        BenchPlan.Current = plan;
        BenchEvents.Output = stdout;
        BenchEvents.Facts(BenchJob.Describe(warmups, iterations), coresAllowed, typeof(BenchmarkRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown");
        BenchmarkRunner.Run<WorkloadBenchmarks>(BenchJob.Config(BenchJob.Create(warmups, iterations), plan, artifacts));
        return ExitCodes.Ok;
    }

    private static Uri WikiClient(string url)
    {
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
