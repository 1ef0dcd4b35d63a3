using System.CommandLine;
using ParallelRepro.Configuration;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// The options that override the <c>[Repro]</c> section of <c>cake.config</c>; every verb that needs
/// settings takes the same set, so a Cake argument means the same thing to every task.
/// </summary>
internal sealed class SettingsOptions
{
    public Option<string?> Root { get; } = new("--root") { Description = "The checkout to work in (default: found from the current directory)" };
    public Option<string?> Artifacts { get; } = new("--artifacts") { Description = "Folder for generated files (default: <root>/artifacts)" };
    public Option<string?> Reports { get; } = new("--reports") { Description = "Folder for reports (default: <root>/reports)" };
    public Option<string?> Profile { get; } = new("--profile") { Description = "Problem size: smoke, quick (default) or paper" };
    public Option<string?> Workers { get; } = new("--workers") { Description = "Thread/process counts, e.g. 1,2,4" };
    public Option<string?> Cores { get; } = new("--cores") { Description = "CPU-affinity sizes, e.g. 1,0 (0 = all cores)" };
    public Option<string?> Repetitions { get; } = new("--repetitions") { Description = "Runs per cell (the serial baselines run 3 times as often in the quick and paper profiles)" };
    public Option<string?> Interpreters { get; } = new("--interpreters") { Description = "Python runtimes, label=path[?gil=on|off] or a label registered in .tools/runtimes.ini (ft, ft-gil), comma-separated" };
    public Option<string?> Groups { get; } = new("--groups") { Description = "Programs to run, e.g. cpu_bound" };
    public Option<string?> Variants { get; } = new("--variants") { Description = "Only these variants, e.g. serial,mt or cpu_bound.mp (default: all)" };
    public Option<string?> WikiUrl { get; } = new("--wiki-url") { Description = "MediaWiki api.php the I/O-bound program queries instead of the local replica" };
    public Option<string?> Seed { get; } = new("--seed") { Description = "Seed for data and run order" };
    public Option<string?> Runner { get; } = new("--runner") { Description = "Label of this machine in merged results" };
    public Option<string?> Timeout { get; } = new("--timeout") { Description = "Seconds before a run's process tree is killed" };
    public Option<string?> DecideBudget { get; } = new("--decide-budget") { Description = "Seconds of extra rounds the decide stage may spend on inconclusive claims (0 = none)" };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { Root, Artifacts, Reports, Profile, Workers, Cores, Repetitions, Interpreters, Groups, Variants, WikiUrl, Seed, Runner, Timeout, DecideBudget })
            command.Options.Add(option);
    }

    public ReproSettings Resolve(ParseResult parse)
    {
        var layout = parse.GetValue(Root) is { } root ? new RepoLayout(Path.GetFullPath(root)) : RepoLayout.Discover(Environment.CurrentDirectory);
        if (parse.GetValue(Artifacts) is { } artifacts) layout = layout with { Artifacts = Path.GetFullPath(artifacts) };
        if (parse.GetValue(Reports) is { } reports) layout = layout with { Reports = Path.GetFullPath(reports) };
        return ReproSettings.Load(layout, new SettingsOverrides
        {
            Profile = parse.GetValue(Profile),
            Workers = parse.GetValue(Workers),
            Cores = parse.GetValue(Cores),
            Repetitions = parse.GetValue(Repetitions),
            Interpreters = parse.GetValue(Interpreters),
            Groups = parse.GetValue(Groups),
            Variants = parse.GetValue(Variants),
            WikiUrl = parse.GetValue(WikiUrl),
            Seed = parse.GetValue(Seed),
            Runner = parse.GetValue(Runner),
            Timeout = parse.GetValue(Timeout),
            DecideBudget = parse.GetValue(DecideBudget),
        });
    }
}
