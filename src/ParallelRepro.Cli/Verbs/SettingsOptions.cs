using System.CommandLine;
using ParallelRepro.Configuration;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// The options of <see cref="SettingsSchema"/>, one per setting, plus where the checkout and its outputs are.
/// Every verb that needs settings takes the whole set, so that Cake can forward each argument it was given to
/// every task and an argument means the same thing to all of them.
/// </summary>
internal sealed class SettingsOptions
{
    private readonly Dictionary<Setting, Option<string?>> bySetting;

    /// <param name="reads">
    /// The task arguments (settings without a cake.config key) this verb reads: shown in its help. The others are
    /// accepted but hidden, since the verb ignores them.
    /// </param>
    public SettingsOptions(params Setting[] reads)
        => bySetting = SettingsSchema.All.ToDictionary(s => s, s => new Option<string?>(s.Option)
        {
            Description = s.Description,
            Hidden = s.ConfigKey is null && !reads.Contains(s),
        });

    public Option<string?> Root { get; } = new("--root") { Description = "The checkout to work in (default: found from the current directory)" };
    public Option<string?> Artifacts { get; } = new("--artifacts") { Description = "Folder for generated files (default: <root>/artifacts)" };
    public Option<string?> Reports { get; } = new("--reports") { Description = "Folder for reports (default: <root>/reports)" };

    public Option<string?> this[Setting setting] => bySetting[setting];

    public void AddTo(Command command)
    {
        foreach (var option in new[] { Root, Artifacts, Reports }.Concat(bySetting.Values))
            command.Options.Add(option);
    }

    /// <summary>A task argument's value, parsed and checked by its setting, or null when it was not given.</summary>
    public T? Get<T>(ParseResult parse, Setting<T> setting) where T : struct
        => parse.GetValue(this[setting]) is { } text ? setting.Parse(text) : null;

    /// <summary>The settings given on this command line, to pass on to the verbs a build task calls.</summary>
    public IReadOnlyDictionary<Setting, string> Given(ParseResult parse)
        => bySetting.Where(p => !string.IsNullOrWhiteSpace(parse.GetValue(p.Value))).ToDictionary(p => p.Key, p => parse.GetValue(p.Value)!.Trim());

    public RepoLayout Layout(ParseResult parse)
    {
        var layout = parse.GetValue(Root) is { } root ? new RepoLayout(Path.GetFullPath(root)) : RepoLayout.Discover(Environment.CurrentDirectory);
        if (parse.GetValue(Artifacts) is { } artifacts) layout = layout with { Artifacts = Path.GetFullPath(artifacts) };
        if (parse.GetValue(Reports) is { } reports) layout = layout with { Reports = Path.GetFullPath(reports) };
        return layout;
    }

    public ReproSettings Resolve(ParseResult parse)
        => ReproSettings.Load(Layout(parse), new SettingsOverrides(bySetting.Select(p => (p.Key, parse.GetValue(p.Value)))));
}
