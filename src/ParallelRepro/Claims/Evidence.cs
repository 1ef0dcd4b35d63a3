using System.Globalization;

namespace ParallelRepro.Claims;

/// <summary>Whether a condition held. Undecided: it held on the n that were run, but the claim's range has more.</summary>
public enum ConditionState
{
    Holds,
    Fails,
    Undecided,
}

/// <summary>One condition of a claim's check, its state, the measured numbers that decided it, and why it is undecided.</summary>
public sealed record Condition(string Text, ConditionState State, IReadOnlyDictionary<string, double> Values, string? Note = null)
{
    /// <summary>"n=1: 1.02, n=2: 1.31": the numbers as a reader wants them beside the condition.</summary>
    public string Measured => string.Join(", ", Values.Select(v => $"{v.Key}: {Format(v.Value)}"));

    public static string Format(double value)
        => Math.Abs(value) >= 100 ? value.ToString("0.0", CultureInfo.InvariantCulture)
            : Math.Abs(value) >= 0.1 ? value.ToString("0.00", CultureInfo.InvariantCulture)
            : value.ToString("0.000", CultureInfo.InvariantCulture);
}

/// <summary>
/// The conditions a check evaluated, in order. A condition over a range of n that was only partly run
/// is decided only when the missing n cannot change the answer: a "for every n" that fails on the n
/// run fails; a "for some n" (a min or max over n) that holds on them holds; otherwise it is undecided.
/// </summary>
internal sealed class Evidence
{
    private readonly List<Condition> conditions = [];

    public IReadOnlyList<Condition> Conditions => conditions;

    /// <summary>A condition on one measured number.</summary>
    public void Require(string text, string label, double value, Func<double, bool> holds)
        => Add(text, holds(value), complete: true, finalWhen: true, One(label, value), null);

    /// <summary>A condition that must hold at every n of <paramref name="ns"/>, one number per n.</summary>
    public void ForEveryN(string text, NSet ns, Func<int, double> value, Func<double, bool> holds)
    {
        var values = ns.ToDictionary(n => "n=" + n.ToString(CultureInfo.InvariantCulture), value);
        Add(text, values.Values.All(holds), ns.Complete, finalWhen: false, values, ns);
    }

    /// <summary>A number computed over the n run that more n could only make worse (e.g. max/min of a flat series).</summary>
    public void RequireOverAll(string text, string label, NSet ns, double value, Func<double, bool> holds)
        => Add(text, holds(value), ns.Complete, finalWhen: false, One(label, value), ns);

    /// <summary>A number computed over the n run that more n could only improve (e.g. the best time over n).</summary>
    public void RequireOverAny(string text, string label, NSet ns, double value, Func<double, bool> holds)
        => Add(text, holds(value), ns.Complete, finalWhen: true, One(label, value), ns);

    /// <summary>A condition over several named numbers (e.g. one per group).</summary>
    public void RequireAll(string text, IReadOnlyDictionary<string, double> values, bool holds)
        => Add(text, holds, complete: true, finalWhen: true, values, null);

    private void Add(string text, bool holds, bool complete, bool finalWhen, IReadOnlyDictionary<string, double> values, NSet? ns)
    {
        var state = complete || holds == finalWhen ? (holds ? ConditionState.Holds : ConditionState.Fails) : ConditionState.Undecided;
        var note = state == ConditionState.Undecided ? $"{(holds ? "holds" : "fails")} at n = {NSet.Text(ns!.Run)}; {ns.MissingText}" : null;
        conditions.Add(new Condition(text, state, values, note));
    }

    private static Dictionary<string, double> One(string label, double value) => new() { [label] = value };
}
