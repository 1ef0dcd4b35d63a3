using System.CommandLine;
using ParallelRepro.Claims;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Reporting;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro report [--from DIR]</c>: writes reports/&lt;commit&gt;/ from artifacts/, or from any folder with
/// results.json and claims.json [+ effort.json, profiles/, results.csv, DEVIATIONS.md] — such as a report's own data folder.
/// </summary>
internal static class ReportVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var from = new Option<string?>("--from") { Description = "Build from this folder (results.json, claims.json [+ effort.json, profiles/]) instead of artifacts/" };
        var command = new Command("report", "Write the Markdown/HTML report: claims, figures, tables, and reports/index.html") { from };
        settings.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var source = parse.GetValue(from) is { } dir ? Path.GetFullPath(dir) : null;
            var reports = ReportsRoot(parse, settings, source);
            var inputs = source is null ? ReportInputs.FromArtifacts(settings.Resolve(parse).Layout) : ReportInputs.FromFolder(source);
            var output = new ReportBuilder(reports, services.Clock).Build(inputs);
            services.Console.WriteLine($"claims (read from {ClaimsFile.FileName}): {output.Counts.Text()}");
            services.Console.WriteLine($"index: {output.SiteIndex}");
            services.Console.WriteLine($"report: {output.Html}");
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>
    /// With --from, a checkout is not needed: --reports, else the checkout's reports/ if there is one;
    /// a report's data folder outside any checkout rebuilds into the reports folder it sits in.
    /// </summary>
    private static string ReportsRoot(ParseResult parse, SettingsOptions settings, string? source)
    {
        if (parse.GetValue(settings.Reports) is { } reports) return Path.GetFullPath(reports);
        if (source is null || parse.GetValue(settings.Root) is not null) return settings.Resolve(parse).Layout.Reports;
        try
        {
            return RepoLayout.Discover(Environment.CurrentDirectory).Reports;
        }
        catch (ReproException)
        {
            if (Path.GetFileName(source.TrimEnd(Path.DirectorySeparatorChar)) == ReportDataFolder.Name)
                return Path.GetDirectoryName(Path.GetDirectoryName(source.TrimEnd(Path.DirectorySeparatorChar)))!;
            throw new ReproException("outside a checkout, 'repro report --from DIR' needs --reports DIR to know where to write");
        }
    }
}
