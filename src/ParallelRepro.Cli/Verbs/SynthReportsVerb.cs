using System.CommandLine;
using System.Globalization;
using ParallelRepro.Claims;
using ParallelRepro.Common;
using ParallelRepro.Reporting;
using ParallelRepro.Reporting.Site;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro dev-synth-reports --count N --reports DIR</c> (hidden): writes N seeded fake report folders
/// (data/summary.json and a stub page each), to measure <c>repro site</c> on a long history.
/// </summary>
internal static class SynthReportsVerb
{
    private static readonly string[] Groups = ["cpu_bound", "io_bound", "memory_bound", "overhead"];

    public static Command Create(CliServices services)
    {
        var count = new Option<int>("--count") { Description = "How many commits", DefaultValueFactory = _ => 500 };
        var reports = new Option<string>("--reports") { Description = "Folder to fill", Required = true };
        var command = new Command("dev-synth-reports", "Write synthetic report summaries (benchmarking the site index)") { count, reports };
        command.Hidden = true;
        command.SetAction((parse, ct) =>
        {
            var root = Path.GetFullPath(parse.GetValue(reports)!);
            var random = new Random(2013);
            var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < parse.GetValue(count); i++)
            {
                var commit = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + i.ToString("x8", CultureInfo.InvariantCulture);
                var folder = commit[..12];
                var reproduced = random.Next(0, 12);
                var notReproduced = random.Next(0, 19 - reproduced);
                var summary = new ReportSummary
                {
                    Commit = commit, Folder = folder, CreatedUtc = start.AddHours(i * 7), Profiles = ["quick"],
                    Runners = ["ubuntu-latest", "macos-latest"], Runtimes = ["python3.12", "python3.13t"],
                    Counts = new VerdictCounts(reproduced, notReproduced, 0, 38 - reproduced - notReproduced),
                    Headlines = Groups.Select(g => new Headline(g, "mp", 4, Math.Exp(random.NextDouble() * 3 - 1))).ToArray(),
                };
                Json.WriteFile(Path.Combine(root, folder, ReportDataFolder.Name, ReportSummary.FileName), summary);
                AtomicFile.WriteAllText(Path.Combine(root, folder, "index.html"), $"<!DOCTYPE html><title>{folder}</title><p>synthetic report {folder}</p>\n");
            }
            services.Console.WriteLine($"wrote {parse.GetValue(count)} synthetic report(s) under {root}");
            return Task.FromResult(0);
        });
        return command;
    }
}
