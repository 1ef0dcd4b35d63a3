using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Effort;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro effort [--root DIR]</c>: Table 2 from the workload sources into artifacts/effort.json and
/// effort.md. A source file that does not parse is reported as <c>path:line: reason</c> and the verb
/// exits 2, after writing both files with every row that did not need that file.
/// </summary>
internal static class EffortVerb
{
    public static Command Create(CliServices services)
    {
        // The shared settings options are accepted (Cake passes them to every verb); the layout and the
        // first interpreter (which reads the Python sources) are used.
        var settings = new SettingsOptions();
        var command = new Command("effort", "Lines of code and McCabe complexity per variant: the paper's Table 2");
        settings.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var resolved = settings.Resolve(parse);
            var layout = resolved.Layout;
            var report = EffortStage.Run(layout, resolved.Interpreters[0].Path, services.Clock);
            var ok = report.Rows.Count(r => r.Status == RowStatus.Ok);
            services.Console.WriteLine($"effort: {ok} of {report.Rows.Count} row(s) computed from {report.Files.Count} file(s): {layout.EffortFile}, {layout.EffortMarkdown}");
            if (report.Problems.Count > 0)
                throw new ReproException($"{report.Problems.Count} source file(s) could not be analyzed (the rows that need them are marked error): {string.Join("; ", report.Problems)}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
