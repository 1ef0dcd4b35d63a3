using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Running;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro run</c>: measures the matrix, one fresh process per run, appending records; exit 3 when a run failed.</summary>
internal static class RunVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var fresh = new Option<bool>("--fresh") { Description = "Measure everything again instead of reusing recorded runs" };
        var command = new Command("run", "Run the benchmark matrix and append to artifacts/runs/<runner>/records.jsonl (exit 3 when a run failed, after recording all)") { fresh };
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var summary = await new MatrixRunner(settings.Resolve(parse), services.Console, services.Clock).RunAsync(parse.GetValue(fresh), ct);
            return ProblemsExit(services, summary, "run(s)");
        });
        return command;
    }

    /// <summary>
    /// Exit 3 (<see cref="ExitCodes.RunsFailed"/>) when a run failed, timed out or gave wrong output: every record is
    /// written by then (the later stages report them), but a benchmark run with a wrong answer or a crash must not
    /// pass in CI unnoticed.
    /// </summary>
    internal static int ProblemsExit(CliServices services, RunSummary summary, string what)
    {
        if (summary.Problems == 0) return ExitCodes.Ok;
        services.Console.MarkupLineInterpolated($"[yellow]{summary.Problems} {what} failed, timed out or gave wrong output; see the report[/]");
        return ExitCodes.RunsFailed;
    }
}
