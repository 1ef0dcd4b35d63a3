using System.CommandLine;
using ParallelRepro.Aggregation;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro aggregate [--runs DIR ...]</c>: statistics per cell into results.json and results.csv.</summary>
internal static class AggregateVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var runs = new RunsOption(manyPerToken: true);
        var command = new Command("aggregate", "Merge run records into results.json and results.csv") { runs.Option };
        settings.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var s = settings.Resolve(parse);
            var results = Aggregator.Aggregate(runs.Roots(parse, s.Layout), services.Clock);
            ResultsFiles.Write(results, s.Layout.ResultsFile, s.Layout.ResultsCsv);
            services.Console.MarkupLineInterpolated($"aggregated {results.RecordCount} record(s) into {results.Cells.Count} cell(s): {s.Layout.ResultsFile}");
            return Task.FromResult(0);
        });
        return command;
    }
}
