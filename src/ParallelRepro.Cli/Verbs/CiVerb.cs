using System.CommandLine;
using ParallelRepro.BuildTasks;
using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro ci merge|report|publish-site|simulate</c>: the CI jobs after the bench legs (see <see cref="CiJobs"/>),
/// and the whole graph on this machine (<see cref="CiSimulation"/>). Each calls the stage verbs as child processes.
/// </summary>
internal static class CiVerb
{
    public static Command Create(CliServices services)
        => new("ci", "The CI graph's jobs (.github/workflows/reproduce.yml), and a simulation of it on this machine")
        {
            Job(services, "merge", "Aggregate every leg's runs (--legs DIR, one folder per downloaded leg) into artifacts/results.json", SettingsSchema.Legs,
                (jobs, settings, parse, ct) => jobs.MergeAsync(CiJobs.LegFolders(Required(settings, parse, SettingsSchema.Legs)), null, ct)),
            Job(services, "report", "The report job's stages over the merged results: effort, claims, report", null,
                (jobs, settings, parse, ct) => jobs.ReportStagesAsync(null, null, ct)),
            Job(services, "publish-site", "Add reports/<commit>/ to the site history (--site DIR, a gh-pages checkout) and rebuild its index", SettingsSchema.Site,
                (jobs, settings, parse, ct) => jobs.AddToSiteAsync(settings.Layout(parse).Reports, Required(settings, parse, SettingsSchema.Site), ct)),
            Simulate(services),
        };

    private static Command Job(CliServices services, string name, string description, Setting? reads, Func<CiJobs, SettingsOptions, ParseResult, CancellationToken, Task> job)
    {
        var settings = new SettingsOptions(reads is null ? [] : [reads]);
        var command = new Command(name, description);
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await job(new CiJobs(ReproChild.Command(settings, parse), services.Console), settings, parse, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Simulate(CliServices services)
    {
        var settings = new SettingsOptions();
        var command = new Command("simulate", "Two bench legs (sim-1core: --cores=1, sim-allcores: all cores; smoke profile), then the report job, under artifacts/ci-sim/");
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var folder = Path.Combine(settings.Layout(parse).Artifacts, "ci-sim");
            await new CiSimulation(ReproChild.Command(settings, parse), services.Console).RunAsync(folder, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Required(SettingsOptions settings, ParseResult parse, Setting<string> setting)
        => parse.GetValue(settings[setting]) is { } text ? Path.GetFullPath(setting.Parse(text)) : throw new ReproException($"{setting.Option} DIR is required: {setting.Description}");
}
