using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>
/// Values given on the command line, by <see cref="SettingsSchema"/> entry; an absent one means "use cake.config,
/// then the profile's default". E.g. <c>new SettingsOverrides { [SettingsSchema.Profile] = "smoke" }</c>.
/// </summary>
public sealed class SettingsOverrides
{
    private readonly Dictionary<Setting, string> given = [];

    public SettingsOverrides()
    {
    }

    public SettingsOverrides(IEnumerable<(Setting Setting, string? Value)> values)
    {
        foreach (var (setting, value) in values) Set(setting, value);
    }

    public string? this[Setting setting]
    {
        get => given.GetValueOrDefault(setting);
        init => Set(setting, value);
    }

    private void Set(Setting setting, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) given[setting] = value.Trim();
    }
}

/// <summary>
/// The pipeline's settings after layering: command line over the <c>[Repro]</c> section of
/// <c>cake.config</c> over the profile's defaults.
/// </summary>
public sealed record ReproSettings(
    RepoLayout Layout,
    Profile Profile,
    IReadOnlyList<int> Workers,
    IReadOnlyList<int> Cores,
    int Repetitions,
    IReadOnlyList<Interpreter> Interpreters,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> Variants,
    int Seed,
    string Runner,
    TimeSpan RunTimeout)
{
    public const string Section = "Repro";

    /// <summary>
    /// The MediaWiki API the I/O-bound program queries instead of the local replica (e.g. the real
    /// https://en.wikipedia.org/w/api.php); null = start the replica on 127.0.0.1.
    /// </summary>
    public string? WikiUrl { get; init; }

    /// <summary>
    /// The <c>dotnet:</c> entries of Interpreters: C# runtimes measured beside the Python ones. Kept apart so that
    /// everything Python-only (doctor, build, data, reference outputs) still sees only <see cref="Interpreters"/>.
    /// </summary>
    public IReadOnlyList<Interpreter> DotNetRuntimes { get; init; } = [];

    /// <summary>How long the decide stage may spend on extra rounds for inconclusive claims (0: none).</summary>
    public TimeSpan DecideBudget { get; init; }

    /// <summary>Every runtime to measure: the Python interpreters, then the .NET runtimes.</summary>
    public IEnumerable<Interpreter> Runtimes => Interpreters.Concat(DotNetRuntimes);

    /// <summary>Whether a variant is selected by <see cref="Variants"/> (all are when it is empty).</summary>
    public bool Selects(string group, string variant)
        => Variants.Count == 0 || Variants.Contains(variant) || Variants.Contains($"{group}.{variant}");
    public const int DefaultSeed = 2013;

    public static ReproSettings Load(RepoLayout layout, SettingsOverrides overrides)
    {
        var ini = File.Exists(layout.CakeConfig) ? IniFile.Load(layout.CakeConfig) : IniFile.Empty;
        string? Pick(Setting setting) => overrides[setting] ?? (setting.ConfigKey is { } key ? ini.Get(Section, key) : null);
        T? Value<T>(Setting<T> setting) where T : struct => Pick(setting) is { } text ? setting.Parse(text) : null;
        T? Reference<T>(Setting<T> setting) where T : class => Pick(setting) is { } text ? setting.Parse(text) : null;

        var profile = Reference(SettingsSchema.Profile) ?? Configuration.Profile.Quick;
        // Bare labels (ft, ft-gil) resolve through the checkout's .tools/runtimes.ini.
        var runtimes = InterpreterEntries.Parse(Pick(SettingsSchema.Interpreters) ?? DefaultInterpreter(), layout);
        var interpreters = runtimes.Where(r => !r.IsDotNet).ToArray();
        if (interpreters.Length == 0)
            throw new ReproException("Interpreters needs at least one Python interpreter (label=path): the data and the reference outputs come from Python; 'dotnet:' entries are measured beside it");
        return new ReproSettings(
            layout,
            profile,
            Reference(SettingsSchema.Workers) ?? profile.Workers,
            Reference(SettingsSchema.Cores) ?? [0],
            Value(SettingsSchema.Repetitions) ?? profile.Repetitions,
            interpreters,
            Reference(SettingsSchema.Groups) ?? DefaultGroups,
            // Empty = every variant; entries are variant ids ("mt") or programs ("cpu_bound.mt").
            Reference(SettingsSchema.Variants) ?? [],
            Value(SettingsSchema.Seed) ?? DefaultSeed,
            Reference(SettingsSchema.Runner) ?? SettingsSchema.Runner.Parse(DefaultRunnerLabel()),
            Value(SettingsSchema.Timeout) ?? profile.RunTimeout)
        {
            DotNetRuntimes = runtimes.Where(r => r.IsDotNet).ToArray(),
            WikiUrl = Reference(SettingsSchema.WikiUrl),
            DecideBudget = Value(SettingsSchema.DecideBudget) ?? profile.DecideBudget,
        };
    }

    private static readonly string[] DefaultGroups = ["cpu_bound", "io_bound", "memory_bound", "overhead"];

    private static string DefaultInterpreter() => Platforms.InterpreterDefaults.For(Platforms.CurrentOs.Kind, File.Exists);

    private static string DefaultRunnerLabel()
        => $"{Environment.MachineName}-{(OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "macos" : "windows")}".ToLowerInvariant();
}
