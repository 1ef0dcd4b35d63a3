using System.CommandLine;
using ParallelRepro.BuildTasks;
using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro bench harness|reproducibility</c>: the benchmark commands behind the Bench-* Cake targets (speed and
/// reproducibility are checked by measuring, not by unit tests).
/// </summary>
internal static class BenchVerb
{
    public static Command Create(CliServices services)
        => new("bench", "Benchmarks of the pipeline itself: harness overhead, reproducibility of a back-to-back run") { Harness(services), Reproducibility(services) };

    private static Command Harness(CliServices services)
    {
        var settings = new SettingsOptions();
        var command = new Command("harness", "Pipeline real time vs hyperfine for the same command, in alternating blocks (build/bench/harness_vs_hyperfine.py; --profile)");
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            // Only a --profile given here: cake.config's is the reproduction's, and the script has its own default.
            await new HarnessBenchmark(settings.Layout(parse)).RunAsync(parse.GetValue(settings[SettingsSchema.Profile]), ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Reproducibility(CliServices services)
    {
        var settings = new SettingsOptions(SettingsSchema.Tolerance, SettingsSchema.MinMedian);
        var command = new Command("reproducibility", "Run the matrix twice back to back (runners b2b-1, b2b-2, --fresh), then 'repro compare b2b-1 b2b-2 --check --verdicts' (--tolerance, --min-median)");
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var check = new BackToBackCheck(ReproChild.Command(settings, parse), settings.Layout(parse), services.Console);
            await check.RunAsync(CompareVerb.Criteria(settings, parse), ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
