using System.Globalization;

namespace ParallelRepro.Claims;

/// <summary>Whether a condition held. Undecided: a number it needs is missing, or it held on part of the claim's range of n only.</summary>
public enum ConditionState
{
    Holds,
    Fails,
    Undecided,
}

/// <summary>
/// A condition's quantity (a ratio of two cells' proc times, or of a cell's CPU time to its real time) with its 95 %
/// interval over <paramref name="Rounds"/> paired rounds: the number a reader wants beside the claim.
/// </summary>
public sealed record Estimate(string Label, double Value, double Low, double High, int Rounds);

/// <summary>One condition of a claim's check, its state, the measured numbers that decided it, and why it is undecided.</summary>
public sealed record Condition(string Text, ConditionState State, IReadOnlyDictionary<string, double> Values, string? Note = null)
{
    /// <summary>The decisive quantity with its interval (null for conditions not read from timed runs, e.g. effort).</summary>
    public Estimate? Estimate { get; init; }

    /// <summary>What the interval is decided against: "≥ 0.95", "≤ 0.75", "within [2, 4.5]".</summary>
    public string? Bound { get; init; }

    /// <summary>The cells ("group.variant@n") whose runs the condition reads: where extra rounds go when it is undecided.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>Roughly how many more paired rounds would decide an undecided condition (null when decided or unknown).</summary>
    public int? MoreRounds { get; init; }

    /// <summary>Undecided because numbers are missing (a cell or an n not run), not because an interval straddles its bound.</summary>
    public bool MissingData { get; init; }

    /// <summary>"n=1: 1.02, n=2: 1.31": the numbers as a reader wants them beside the condition.</summary>
    public string Measured => string.Join(", ", Values.Select(v => $"{v.Key}: {Format(v.Value)}"));

    public static string Format(double value)
        => value == Math.Round(value) && Math.Abs(value) < 1e6 ? value.ToString("0", CultureInfo.InvariantCulture) // counts, such as D
            : Math.Abs(value) >= 100 ? value.ToString("0.0", CultureInfo.InvariantCulture)
            : Math.Abs(value) >= 0.1 ? value.ToString("0.00", CultureInfo.InvariantCulture)
            : value.ToString("0.000", CultureInfo.InvariantCulture);
}

/// <summary>
/// The conditions a check evaluated, in order. Each condition reads its numbers lazily, so a missing
/// number leaves that condition undecided and the others are still evaluated: one failing condition
/// then decides the claim. A condition over a range of n that was only partly run is decided only
/// when the missing n cannot change the answer: a "for every n" that fails on the n run fails; a
/// "for some n" (a min or max over n) that holds on them holds; otherwise it is undecided.
/// </summary>
internal sealed partial class Evidence
{
    private readonly List<Condition> conditions = [];

    public IReadOnlyList<Condition> Conditions => conditions;

    /// <summary>A condition on one measured number.</summary>
    public void Require(string text, string label, Func<double> value, Func<double, bool> holds)
        => Guard(text, () =>
        {
            var v = value();
            return State(text, holds(v), complete: true, finalWhen: true, One(label, v), null);
        });

    /// <summary>A condition that must hold at every n of the range, one number per n.</summary>
    public void ForEveryN(string text, Func<NSet> range, Func<int, double> value, Func<double, bool> holds)
        => Guard(text, () =>
        {
            var ns = range();
            var values = new Dictionary<string, double>();
            var missing = new List<string>();
            foreach (var n in ns)
            {
                try
                {
                    values["n=" + n.ToString(CultureInfo.InvariantCulture)] = value(n);
                }
                catch (NotTestableException e)
                {
                    missing.Add(e.Message);
                }
            }
            var fails = values.Values.Any(v => !holds(v));
            if (!fails && missing.Count > 0) return new Condition(text, ConditionState.Undecided, values, string.Join("; ", missing)) { MissingData = true };
            return State(text, !fails, ns.Complete, finalWhen: false, values, ns);
        });

    /// <summary>A number computed over the n run that more n could only make worse (e.g. max/min of a flat series).</summary>
    public void RequireOverAll(string text, string label, Func<NSet> range, Func<NSet, double> value, Func<double, bool> holds)
        => Guard(text, () =>
        {
            var ns = range();
            var v = value(ns);
            return State(text, holds(v), ns.Complete, finalWhen: false, One(label, v), ns);
        });

    /// <summary>A number computed over the n run that more n could only improve (e.g. the best time over n).</summary>
    public void RequireOverAny(string text, string label, Func<NSet> range, Func<NSet, double> value, Func<double, bool> holds)
        => Guard(text, () =>
        {
            var ns = range();
            var v = value(ns);
            return State(text, holds(v), ns.Complete, finalWhen: true, One(label, v), ns);
        });

    /// <summary>A condition over several named numbers (e.g. one per variant).</summary>
    public void RequireAll(string text, Func<IReadOnlyDictionary<string, double>> values, Func<IReadOnlyDictionary<string, double>, bool> holds)
        => Guard(text, () =>
        {
            var v = values();
            return State(text, holds(v), complete: true, finalWhen: true, v, null);
        });

    private void Guard(string text, Func<Condition> evaluate)
    {
        try
        {
            conditions.Add(evaluate());
        }
        catch (NotTestableException e)
        {
            conditions.Add(new Condition(text, ConditionState.Undecided, new Dictionary<string, double>(), e.Message) { MissingData = true });
        }
    }

    private static Condition State(string text, bool holds, bool complete, bool finalWhen, IReadOnlyDictionary<string, double> values, NSet? ns)
    {
        var state = complete || holds == finalWhen ? (holds ? ConditionState.Holds : ConditionState.Fails) : ConditionState.Undecided;
        var note = state == ConditionState.Undecided ? $"{(holds ? "holds" : "fails")} at n = {NSet.Text(ns!.Run)}; {ns.MissingText}" : null;
        return new Condition(text, state, values, note) { MissingData = state == ConditionState.Undecided };
    }

    private static Dictionary<string, double> One(string label, double value) => new() { [label] = value };
}
