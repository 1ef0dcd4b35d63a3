using System.Globalization;

namespace ParallelRepro.Claims;

/// <summary>
/// How a verdict's numbers read in one line: the same in the console, the report and the reasons written into
/// claims.json. A quantity is its estimate with the 95 % interval when the check gave one, else the measured values.
/// </summary>
internal static class OutcomeText
{
    /// <summary>"0.97× [0.93, 1.01]": every estimate is a ratio (of two cells' times, or CPU time to real time).</summary>
    public static string Text(this Estimate estimate) => $"{Ratio(estimate.Value)}× [{Ratio(estimate.Low)}, {Ratio(estimate.High)}]{LevelSuffix(estimate.Level)}";

    /// <summary>" at 99.4 %" for an interval not at the default 95 % (nothing for one at 95 %).</summary>
    public static string LevelSuffix(double level)
        => Math.Abs(level - Statistics.Confidence.Default) < 1e-9 ? "" : string.Create(CultureInfo.InvariantCulture, $" at {level * 100:0.#} %");

    /// <summary>Two decimals (a ratio of 2 reads "2.00", not a count), none from 100 up, two significant digits below 0.01.</summary>
    private static string Ratio(double value) => value.ToString(
        Math.Abs(value) >= 100 ? "0" : Math.Abs(value) >= 0.01 ? "0.00" : "G2", CultureInfo.InvariantCulture);

    /// <summary>"mt(8)/mt(1): 1.05× [0.98, 1.12]", or the measured values ("n=1: 1.02, n=2: 1.31") when there is no estimate.</summary>
    public static string Quantity(this Condition condition)
        => condition.Estimate is { } e ? $"{e.Label}: {e.Text()}" : condition.Measured;

    /// <summary>
    /// The number a reader wants beside the verdict: the estimate of the first condition that decided it (the first
    /// failing one of a claim not reproduced, the first straddling one of an inconclusive claim, else the first),
    /// or, when the check gave no estimate, that condition's value if it measured just one (of several, one alone
    /// could mislead: which n failed?); null otherwise.
    /// </summary>
    public static string? KeyNumber(this ClaimOutcome outcome)
    {
        var deciding = outcome.Verdict switch
        {
            Verdict.NotReproduced => ConditionState.Fails,
            Verdict.Inconclusive => ConditionState.Undecided,
            _ => ConditionState.Holds,
        };
        var ordered = outcome.Conditions.OrderBy(c => c.State == deciding ? 0 : 1).ToArray(); // stable: keeps the check's order
        if (ordered.FirstOrDefault(c => c.Estimate is not null)?.Estimate is { } estimate) return estimate.Text();
        return ordered.FirstOrDefault(c => c.Values.Count > 0)?.Values is { Count: 1 } one ? $"{one.Keys.Single()}: {Condition.Format(one.Values.Single())}" : null;
    }

    /// <summary>
    /// Why an outcome is inconclusive: each condition whose interval straddles its bound, by how much it reaches
    /// past the bound, and roughly how many more paired rounds would decide it.
    /// </summary>
    public static string InconclusiveReason(this ClaimOutcome outcome)
    {
        var straddling = outcome.Conditions.Where(c => c is { State: ConditionState.Undecided, Estimate: not null }).Select(Straddles).ToArray();
        return straddling.Length > 0 ? string.Join("; ", straddling)
            : string.Join("; ", outcome.Conditions.Where(c => c.State == ConditionState.Undecided).Select(c => $"{c.Text}: {c.Note}"));
    }

    private static string Straddles(Condition c)
    {
        var text = $"{c.Text}: {c.Quantity()} straddles {c.Bound ?? "its bound"}";
        if (Past(c.Estimate!, c.Bound) is { } by) text += $" (reaches {Condition.Format(by)} past it)";
        if (c.MoreRounds is { } more) text += $"; about {more.ToString(CultureInfo.InvariantCulture)} more rounds would decide it";
        return text;
    }

    /// <summary>How far the interval reaches past a one-sided bound ("≥ 0.95", "≤ 0.75"); null for other bounds.</summary>
    private static double? Past(Estimate e, string? bound)
    {
        if (bound is null || bound.Length < 2) return null;
        if (!double.TryParse(bound[1..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var limit)) return null;
        return bound[0] switch
        {
            '≥' or '>' => limit - e.Low,
            '≤' or '<' => e.High - limit,
            _ => null,
        };
    }
}
