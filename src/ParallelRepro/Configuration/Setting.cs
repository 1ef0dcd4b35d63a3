using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>
/// One argument of the pipeline, as <see cref="SettingsSchema"/> defines it: the name is both the <c>repro</c>
/// option (<c>--name</c>) and the Cake argument (Cake forwards it unchanged); <see cref="ConfigKey"/> is its
/// <c>[Repro]</c> key in <c>cake.config</c>, or null for an argument only one build task reads (e.g. --tolerance).
/// </summary>
public abstract class Setting
{
    private protected Setting(string name, string? configKey, string description)
    {
        Name = name;
        ConfigKey = configKey;
        Description = description;
    }

    /// <summary>Key of <see cref="Exception.Data"/> under which a list's parser names the one entry that is wrong.</summary>
    internal const string WrongPart = "part";

    public string Name { get; }

    public string Option => "--" + Name;

    public string? ConfigKey { get; }

    public string Description { get; }

    /// <summary>
    /// Checks a value on its own (no checkout, no other setting), so that a bad one fails before anything
    /// runs; throws a one-line <see cref="ReproException"/> naming the option.
    /// </summary>
    public abstract void Check(string value);

    public override string ToString() => Option;
}

/// <summary>A setting whose text parses to a <typeparamref name="T"/>, with an optional rule on the parsed value.</summary>
public sealed class Setting<T> : Setting
{
    private readonly Func<string, T> parse;
    private readonly Func<T, string?>? rule;

    /// <param name="parse">Text to value; throws <see cref="FormatException"/> with what was expected.</param>
    /// <param name="rule">What is wrong with a parsed value, or null when it is fine.</param>
    internal Setting(string name, string? configKey, string description, Func<string, T> parse, Func<T, string?>? rule = null)
        : base(name, configKey, description)
    {
        this.parse = parse;
        this.rule = rule;
    }

    public T Parse(string text)
    {
        var trimmed = text.Trim();
        T value;
        try
        {
            value = parse(trimmed);
        }
        catch (FormatException e)
        {
            throw new ReproException($"invalid {Name} '{e.Data[WrongPart] as string ?? trimmed}': {e.Message}");
        }
        Validate(value);
        return value;
    }

    /// <summary>The rule alone, for a value that did not come from text (e.g. a library caller's criteria).</summary>
    public void Validate(T value)
    {
        if (rule?.Invoke(value) is { } wrong) throw new ReproException($"{Option} {wrong}");
    }

    public override void Check(string value) => Parse(value);
}
