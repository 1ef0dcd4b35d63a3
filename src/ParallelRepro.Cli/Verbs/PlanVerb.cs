using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Running;
using Spectre.Console;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro plan [--json FILE]</c>: the runs <c>repro run</c> would measure, without measuring.</summary>
internal static class PlanVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var json = new Option<string?>("--json") { Description = "Also write every run, in order, with its exact command, environment and folder to this JSON file" };
        var command = new Command("plan", "Show the matrix 'repro run' would measure: cells, runs, what is already recorded") { json };
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var s = settings.Resolve(parse);
            var preview = await MatrixPreview.CreateAsync(s, services.Console, ct);
            var table = new Table().AddColumns("runtime", "cores", "program", "n", "runs", "recorded");
            var cells = preview.Runs.GroupBy(r => (r.Runtime, r.Cores, r.Program, r.Workers))
                .OrderBy(c => c.Key.Runtime, StringComparer.Ordinal).ThenBy(c => c.Key.Cores)
                .ThenBy(c => c.Key.Program, StringComparer.Ordinal).ThenBy(c => c.Key.Workers);
            foreach (var cell in cells)
                table.AddRow(cell.Key.Runtime, cell.Key.Cores == 0 ? "all" : cell.Key.Cores.ToString(), cell.Key.Program,
                    cell.Key.Workers.ToString(), cell.Count().ToString(), cell.Count(r => r.Recorded).ToString());
            services.Console.Write(table);
            services.Console.MarkupLineInterpolated(
                $"plan: {preview.Planned} run(s) on runner '{preview.Runner}', profile {preview.Profile}, seed {preview.Seed}; {preview.Recorded} already recorded, {preview.Planned - preview.Recorded} to measure");
            if (parse.GetValue(json) is { } file)
            {
                Json.WriteFile(Path.GetFullPath(file), preview);
                services.Console.MarkupLineInterpolated($"wrote {Path.GetFullPath(file)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
