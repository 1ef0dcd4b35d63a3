using System.Globalization;
using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>
/// Every setting of the pipeline, defined here once: the <c>repro</c> options (SettingsOptions), the layering
/// over <c>cake.config</c> (<see cref="ReproSettings"/>) and the arguments the Cake script accepts and forwards
/// (<c>repro settings --check</c>) are all derived from <see cref="All"/>.
/// </summary>
public static class SettingsSchema
{
    // [Repro] settings: cake.config gives the default, the command line overrides it.
    public static readonly Setting<Profile> Profile = new("profile", "Profile", "Problem size: smoke, quick (default) or paper", Configuration.Profile.Parse);
    public static readonly Setting<IReadOnlyList<int>> Workers = new("workers", "Workers", "Thread/process counts, e.g. 1,2,4", Whole(min: 1).List());
    public static readonly Setting<IReadOnlyList<int>> Cores = new("cores", "Cores", "CPU-affinity sizes, e.g. 1,0 (0 = all cores)", Whole(min: 0).List());
    public static readonly Setting<int> Repetitions = new("repetitions", "Repetitions", "Runs per cell (the serial baselines run 3 times as often in the quick and paper profiles)", Whole(min: 1));
    // Only the form here: bare labels resolve against the checkout's runtime registry when the settings load.
    public static readonly Setting<string> Interpreters = new("interpreters", "Interpreters", "Python runtimes, label=path[?gil=on|off] or a label registered in .tools/runtimes.ini (ft, ft-gil), comma-separated", Text);
    public static readonly Setting<IReadOnlyList<string>> Groups = new("groups", "Groups", "Programs to run, e.g. cpu_bound", Names);
    public static readonly Setting<IReadOnlyList<string>> Variants = new("variants", "Variants", "Only these variants, e.g. serial,mt or cpu_bound.mp (default: all)", Names);
    public static readonly Setting<string> WikiUrl = new("wiki-url", "WikiUrl", "MediaWiki api.php the I/O-bound program queries instead of the local replica", HttpUrl);
    public static readonly Setting<int> Seed = new("seed", "Seed", "Seed for data and run order", Whole(min: 0));
    public static readonly Setting<string> Runner = new("runner", "Runner", "Label of this machine in merged results", Label);
    public static readonly Setting<TimeSpan> Timeout = new("timeout", "TimeoutSeconds", "Seconds before a run's process tree is killed", Seconds(min: 1));
    public static readonly Setting<TimeSpan> DecideBudget = new("decide-budget", "DecideBudgetSeconds", "Seconds of extra rounds the decide stage may spend on inconclusive claims (0 = none)", Seconds(min: 0));

    // Arguments of one build task each (no cake.config key): every verb accepts them, so that Cake can forward
    // all its arguments alike, and the verb that owns one reads it.
    public static readonly Setting<double> Tolerance = new("tolerance", null, "Largest |B/A - 1| of a speedup still counted as reproduced, as a fraction (default 0.10 = ±10 %)", Number,
        value => value is > 0 and <= 1 ? null : Invariant($"must be a fraction above 0 and at most 1 (0.10 = ±10 %), got {value}"));
    public static readonly Setting<double> MinMedian = new("min-median", null, "Compare only cells whose median proc time is above this many seconds in both runners (default 0.2)", Number,
        value => double.IsFinite(value) && value >= 0 ? null : Invariant($"must be seconds, 0 or more, got {value}"));
    public static readonly Setting<string> Legs = new("legs", null, "Folder of the downloaded CI legs, one subfolder per leg (repro ci merge)", Text);
    public static readonly Setting<string> Site = new("site", null, "A gh-pages checkout the reports are added to (repro ci publish-site)", Text);
    public static readonly Setting<bool> FreeThreadedOptimized = new("ft-optimized", null, "Build the free-threaded CPython with PGO and LTO, in a cache folder of its own (repro runtimes free-threaded)", Boolean);

    public static IReadOnlyList<Setting> All { get; } =
    [
        Profile, Workers, Cores, Repetitions, Interpreters, Groups, Variants, WikiUrl, Seed, Runner, Timeout, DecideBudget,
        Tolerance, MinMedian, Legs, Site, FreeThreadedOptimized,
    ];

    /// <summary>The setting of an option name (with or without the leading dashes; case as Cake reads it), or null.</summary>
    public static Setting? Find(string name)
        => All.FirstOrDefault(s => s.Name.Equals(name.TrimStart('-'), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Checks arguments as the Cake script forwards them (<c>--name value</c> or <c>--name=value</c>): an unknown
    /// name or a value of the wrong form throws one line naming it, before any task has run.
    /// </summary>
    public static void Check(IReadOnlyList<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var token = arguments[i];
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? token[..equals] : token;
            var setting = name.StartsWith("--", StringComparison.Ordinal) ? Find(name) : null;
            if (setting is null)
                throw new ReproException($"unknown option {name} (known: {string.Join(", ", All.Select(s => s.Option))})");
            var value = equals > 0 ? token[(equals + 1)..] : i + 1 < arguments.Count && !arguments[i + 1].StartsWith("--", StringComparison.Ordinal) ? arguments[++i] : null;
            if (value is null) throw new ReproException($"{setting.Option} needs a value");
            setting.Check(value);
        }
    }

    private static string Text(string text) => text;

    private static IReadOnlyList<string> Names(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Func<string, int> Whole(int min) => text
        => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new FormatException($"expected a whole number >= {min}");

    private static Func<string, IReadOnlyList<int>> List(this Func<string, int> one) => text
        => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => Part(one, part)).Distinct().ToArray();

    // The part that is wrong is named, not the whole list: "invalid workers 'x'" for 1,x.
    private static int Part(Func<string, int> one, string part)
    {
        try
        {
            return one(part);
        }
        catch (FormatException e)
        {
            throw new FormatException(e.Message, e) { Data = { [Setting.WrongPart] = part } };
        }
    }

    private static Func<string, TimeSpan> Seconds(int min) => text => TimeSpan.FromSeconds(Whole(min)(text));

    private static double Number(string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException("expected a number");

    private static bool Boolean(string text)
        => bool.TryParse(text, out var value) ? value : throw new FormatException("expected true or false");

    private static string HttpUrl(string text)
        => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? text
            : throw new FormatException("expected an http(s) address of a MediaWiki api.php");

    private static string Label(string text)
        => text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? text
            : throw new FormatException("a label may only contain letters, digits, '.', '-' and '_'");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
