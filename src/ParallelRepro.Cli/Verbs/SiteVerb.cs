using System.CommandLine;
using ParallelRepro.Reporting.Site;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro site</c>: rebuilds reports/index.html from every reports/&lt;commit&gt;/data/summary.json (e.g. after merging Pages history).</summary>
internal static class SiteVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var command = new Command("site", "Rebuild reports/index.html: every report, newest first, and the trend of headline speedups");
        settings.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var reports = parse.GetValue(settings.Reports) is { } dir ? Path.GetFullPath(dir) : settings.Resolve(parse).Layout.Reports;
            services.Console.WriteLine($"index: {SiteIndex.Write(reports)}");
            return Task.FromResult(0);
        });
        return command;
    }
}
