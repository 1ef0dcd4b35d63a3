using System.Globalization;

namespace ParallelRepro.DotNet.Cli;

/// <summary>
/// <c>verb [positional...] --name value ...</c>. Hand-rolled on purpose: worker processes start inside the timed
/// region of the <c>processes</c> variants, so the executable loads no command-line library.
/// </summary>
internal sealed class ArgReader
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public ArgReader(IReadOnlyList<string> args)
    {
        if (args.Count == 0) throw new UsageException("missing command (expected run, list, bench or worker)");
        Verb = args[0];
        var positional = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            if (i + 1 >= args.Count) throw new UsageException($"option {args[i]} needs a value");
            options[args[i][2..]] = args[++i];
        }
        Positional = positional;
    }

    public string Verb { get; }

    public IReadOnlyList<string> Positional { get; }

    public string Required(string name) => Optional(name) ?? throw new UsageException($"missing --{name}");

    public string? Optional(string name)
    {
        read.Add(name);
        return options.GetValueOrDefault(name);
    }

    public int Int(string name, int fallback, int min)
    {
        var text = Optional(name);
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
            throw new UsageException($"--{name} must be a whole number >= {min}, got '{text}'");
        return value;
    }

    /// <summary>Call after reading every option: a misspelled option must not be silently ignored.</summary>
    public void RejectUnknown()
    {
        var unknown = options.Keys.Where(k => !read.Contains(k)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (unknown is not null) throw new UsageException($"unknown option --{unknown}");
    }
}
