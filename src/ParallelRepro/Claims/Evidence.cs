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
/// A condition's quantity (a ratio of two cells' proc times, or of a cell's CPU time to its real time) with its
/// interval over <paramref name="Rounds"/> paired rounds: the number a reader wants beside the claim.
/// </summary>
public sealed record Estimate(string Label, double Value, double Low, double High, int Rounds)
{
    /// <summary>The interval's confidence level: 95 %, or higher where one of several n decided the condition (Bonferroni).</summary>
    public double Level { get; init; } = Statistics.Confidence.Default;
}

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

    /// <summary>
    /// Undecided, with its one quantity's estimate (for "every n", some n's) on the failing side of the bound: failing,
    /// it alone would decide its claim, so the rounds it needs are all the claim needs (the decide stage's planning;
    /// not written to claims.json).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool LeansToFail { get; init; }

    /// <summary>
    /// What the quantities it reads stand on (<see cref="Statistics.Footing.All"/>), for the decide stage's reckoning
    /// of the rounds it needs (not written to claims.json).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Statistics.Footing Footing { get; init; } = Statistics.Footing.Unexplored;

    /// <summary>
    /// Each quantity an undecided condition reads, with the rounds it is reckoned to need on its own: what the decide
    /// stage prices a claim's rounds by (Deciding.DecisionRounds.NeedSeconds), as a quantity a round or two would
    /// decide drops out of the rounds after those (not written to claims.json; empty when decided).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<QuantityNeed> Needs { get; init; } = [];

    /// <summary>"n=1: 1.02, n=2: 1.31": the numbers as a reader wants them beside the condition.</summary>
    public string Measured => string.Join(", ", Values.Select(v => $"{v.Key}: {Format(v.Value)}"));

    public static string Format(double value)
        => value == Math.Round(value) && Math.Abs(value) < 1e6 ? value.ToString("0", CultureInfo.InvariantCulture) // counts, such as D
            : Math.Abs(value) >= 100 ? value.ToString("0.0", CultureInfo.InvariantCulture)
            : Math.Abs(value) >= 0.1 ? value.ToString("0.00", CultureInfo.InvariantCulture)
            : value.ToString("0.000", CultureInfo.InvariantCulture);
}

/// <summary>
/// One quantity of an undecided condition: the cells it reads, and the decide stage's rounds it is reckoned to need
/// (<see cref="Statistics.Footing.Horizon"/> of its own rounds-to-decide estimate; null: no spread to reckon from).
/// </summary>
public sealed record QuantityNeed(IReadOnlyList<string> Cells, int? Rounds);

/// <summary>
/// The conditions a check evaluated, in order. Each condition reads its numbers lazily, so a missing
/// number leaves that condition undecided and the others are still evaluated: one failing condition
/// then decides the claim. Here: conditions on exact numbers (the code's effort, a profile); measured
/// quantities are decided on their intervals (Evidence.Intervals.cs), where a condition over a range of n
/// that was only partly run is decided only when the missing n cannot change the answer.
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
            return Point(text, holds(v), One(label, v));
        });

    /// <summary>A condition over several named numbers (e.g. one per variant).</summary>
    public void RequireAll(string text, Func<IReadOnlyDictionary<string, double>> values, Func<IReadOnlyDictionary<string, double>, bool> holds)
        => Guard(text, () =>
        {
            var v = values();
            return Point(text, holds(v), v);
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

    private static Condition Point(string text, bool holds, IReadOnlyDictionary<string, double> values)
        => new(text, holds ? ConditionState.Holds : ConditionState.Fails, values);

    private static Dictionary<string, double> One(string label, double value) => new() { [label] = value };
}
