using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.DotNetBench;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro dotnet-bench</c>: the C# programs under BenchmarkDotNet, as the runtime ".NET 10", appended to
/// artifacts/runs/&lt;runner&gt;/records.jsonl beside the Python runs (same settings: profile, groups, workers, cores);
/// exit 3, as <c>repro run</c>, when a cell failed, hung or gave wrong output.
/// </summary>
internal static class DotNetBenchVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var fresh = new Option<bool>("--fresh") { Description = "Measure everything again instead of reusing recorded cells" };
        var warmups = new Option<int?>("--warmups") { Description = "Warmup iterations per cell (default: smoke 1, quick 1, paper 2)" };
        var iterations = new Option<int?>("--iterations") { Description = "Measured iterations per cell, one record each (default: smoke 3, quick 9, paper 15)" };
        var label = new Option<string?>("--label") { Description = $"Runtime label of the records (default: {BenchSettings.DefaultLabel})" };
        var command = new Command("dotnet-bench", "Measure the C# programs with BenchmarkDotNet and append their records (exit 3 when a cell failed, after recording all)") { fresh, warmups, iterations, label };
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var s = settings.Resolve(parse);
            if (parse.GetValue(warmups) is < 0 || parse.GetValue(iterations) is < 1)
                throw new ReproException("--warmups must be >= 0 and --iterations >= 1");
            var bench = BenchSettings.For(s.Profile, parse.GetValue(warmups), parse.GetValue(iterations), parse.GetValue(label));
            var summary = await new DotNetBenchRunner(s, bench, services.Console, services.Clock).RunAsync(parse.GetValue(fresh), ct);
            return RunVerb.ProblemsExit(services, summary, "record(s)");
        });
        return command;
    }
}
