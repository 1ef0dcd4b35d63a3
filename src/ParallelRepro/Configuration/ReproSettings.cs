using System.Globalization;
using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>Values given on the command line; null means "use cake.config, then the profile's default".</summary>
public sealed record SettingsOverrides
{
    public string? Profile { get; init; }
    public string? Workers { get; init; }
    public string? Cores { get; init; }
    public string? Repetitions { get; init; }
    public string? Interpreters { get; init; }
    public string? Groups { get; init; }
    public string? Variants { get; init; }
    public string? WikiUrl { get; init; }
    public string? Seed { get; init; }
    public string? Runner { get; init; }
    public string? Timeout { get; init; }
    public string? DecideBudget { get; init; }
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
        string? Pick(string? given, string key) => string.IsNullOrWhiteSpace(given) ? ini.Get(Section, key) : given.Trim();

        var profile = Configuration.Profile.Parse(Pick(overrides.Profile, "Profile") ?? "quick");
        var workers = ParseInts(Pick(overrides.Workers, "Workers"), "workers", min: 1) ?? profile.Workers;
        var cores = ParseInts(Pick(overrides.Cores, "Cores"), "cores", min: 0) ?? [0];
        var repetitions = ParseInt(Pick(overrides.Repetitions, "Repetitions"), "repetitions", min: 1) ?? profile.Repetitions;
        // Bare labels (ft, ft-gil) resolve through the checkout's .tools/runtimes.ini.
        var runtimes = InterpreterEntries.Parse(Pick(overrides.Interpreters, "Interpreters") ?? DefaultInterpreter(), layout);
        var interpreters = runtimes.Where(r => !r.IsDotNet).ToArray();
        if (interpreters.Length == 0)
            throw new ReproException("Interpreters needs at least one Python interpreter (label=path): the data and the reference outputs come from Python; 'dotnet:' entries are measured beside it");
        var groups = (Pick(overrides.Groups, "Groups") ?? "cpu_bound,io_bound,memory_bound,overhead")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Empty = every variant; entries are variant ids ("mt") or programs ("cpu_bound.mt").
        var variants = (Pick(overrides.Variants, "Variants") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var seed = ParseInt(Pick(overrides.Seed, "Seed"), "seed", min: 0) ?? DefaultSeed;
        var runner = Pick(overrides.Runner, "Runner") ?? DefaultRunnerLabel();
        var timeout = ParseInt(Pick(overrides.Timeout, "TimeoutSeconds"), "timeout", min: 1) is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : profile.RunTimeout;
        var decideBudget = ParseInt(Pick(overrides.DecideBudget, "DecideBudgetSeconds"), "decide budget", min: 0) is { } budget
            ? TimeSpan.FromSeconds(budget)
            : profile.DecideBudget;
        var wikiUrl = Pick(overrides.WikiUrl, "WikiUrl");
        if (wikiUrl is not null && !(Uri.TryCreate(wikiUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new ReproException($"invalid wiki URL '{wikiUrl}': expected an http(s) address of a MediaWiki api.php");
        return new ReproSettings(layout, profile, workers, cores, repetitions, interpreters, groups, variants, seed, SafeLabel(runner), timeout)
        {
            DotNetRuntimes = runtimes.Where(r => r.IsDotNet).ToArray(),
            WikiUrl = wikiUrl,
            DecideBudget = decideBudget,
        };
    }

    private static string DefaultInterpreter() => Platforms.InterpreterDefaults.For(Platforms.CurrentOs.Kind, File.Exists);

    private static string DefaultRunnerLabel()
        => $"{Environment.MachineName}-{(OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "macos" : "windows")}".ToLowerInvariant();

    private static string SafeLabel(string label)
    {
        if (label.Length == 0 || label.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            throw new ReproException($"runner label '{label}' may only contain letters, digits, '.', '-' and '_'");
        return label;
    }

    internal static IReadOnlyList<int>? ParseInts(string? text, string name, int min)
        => text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => ParseInt(part, name, min)!.Value).Distinct().ToArray();

    internal static int? ParseInt(string? text, string name, int min)
    {
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
            throw new ReproException($"invalid {name} '{text}': expected a whole number >= {min}");
        return value;
    }
}
