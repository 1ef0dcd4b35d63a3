using System.CommandLine;
using ParallelRepro.Aggregation;
using ParallelRepro.Reporting;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro report</c>: writes reports/&lt;commit&gt;/index.md and index.html from results.json.</summary>
internal static class ReportVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var command = new Command("report", "Write the Markdown/HTML report of the aggregated results");
        settings.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var s = settings.Resolve(parse);
            var results = ResultsFiles.Read(s.Layout.ResultsFile);
            var commit = results.Commits.Count == 1 ? results.Commits[0] : results.Commits.LastOrDefault() ?? "unknown";
            var output = new ReportBuilder(s.Layout.Reports).Build(results, s.Layout.ResultsFile, s.Layout.ResultsCsv, commit);
            services.Console.WriteLine($"report: {output.Html}");
            return Task.FromResult(0);
        });
        return command;
    }
}
