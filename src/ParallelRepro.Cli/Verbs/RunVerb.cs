using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Running;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro run</c>: measures the matrix, one fresh process per run, appending records.</summary>
internal static class RunVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var fresh = new Option<bool>("--fresh") { Description = "Measure everything again instead of reusing recorded runs" };
        var command = new Command("run", "Run the benchmark matrix and append to artifacts/runs/<runner>/records.jsonl") { fresh };
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var summary = await new MatrixRunner(settings.Resolve(parse), services.Console, services.Clock).RunAsync(parse.GetValue(fresh), ct);
            if (summary.Problems == 0) return ExitCodes.Ok;
            services.Console.MarkupLineInterpolated($"[yellow]{summary.Problems} run(s) failed, timed out or gave wrong output; see the report[/]");
            return ExitCodes.Ok; // recorded and reported, not a pipeline failure
        });
        return command;
    }
}
