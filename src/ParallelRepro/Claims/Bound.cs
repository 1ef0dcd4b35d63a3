using System.Globalization;
using ParallelRepro.Statistics;

namespace ParallelRepro.Claims;

/// <summary>
/// What a condition's quantity must satisfy: at least, at most, or within a band. A condition is decided on the
/// quantity's 95 % interval, never on its point estimate: it holds when the whole interval is on the claim's side,
/// fails when the whole interval is on the other side, and is undecided when the interval straddles an edge.
/// A band ("about 3×", "behaves like") is two-sided: an equivalence test, held only when the interval lies inside.
/// </summary>
internal sealed record Bound(double? Low, double? High)
{
    public static Bound AtLeast(double low) => new(low, null);
    public static Bound AtMost(double high) => new(null, high);
    public static Bound Within(double low, double high) => new(low, high);

    /// <summary>"About <paramref name="factor"/>×", read as within a factor <paramref name="tolerance"/> of it either way.</summary>
    public static Bound About(double factor, double tolerance) => new(factor / tolerance, factor * tolerance);

    public string Text => (Low, High) switch
    {
        ({ } l, { } h) => $"within [{Condition.Format(l)}, {Condition.Format(h)}]",
        ({ } l, null) => $"≥ {Condition.Format(l)}",
        (null, { } h) => $"≤ {Condition.Format(h)}",
        _ => "any",
    };

    public ConditionState Judge(LogInterval q)
    {
        if (!q.IsBounded) return ConditionState.Undecided;
        var inside = (Low is not { } l || q.Low >= l) && (High is not { } h || q.High <= h);
        var outside = (Low is { } lo && q.High < lo) || (High is { } hi && q.Low > hi);
        return inside ? ConditionState.Holds : outside ? ConditionState.Fails : ConditionState.Undecided;
    }

    /// <summary>The edge an undecided interval straddles: the one nearest its estimate.</summary>
    public double NearestEdge(double value)
        => new[] { Low, High }.OfType<double>().MinBy(edge => Math.Abs(Math.Log(value) - Math.Log(edge)));

    /// <summary>Roughly how many more paired rounds would move the interval off the edge it straddles (null: none would).</summary>
    public int? MoreRounds(LogInterval q)
        => q.ObservationsToClear(NearestEdge(q.Value)) is { } total ? Math.Max(1, total - q.Count) : null;

    public override string ToString() => Text;
}

/// <summary>
/// A claim's quantity as measured: what it is, its interval, and the cells it was read from with how many runs of
/// each it read, how many of them disturbed (by cell, so that a condition reading one cell through several quantities,
/// as serial in every n's ratio, counts its runs once). <see cref="Interval"/> is at 95 %; <see cref="At"/>
/// recomputes it at another level, for a condition that corrects for reading several intervals (<see cref="Confidence"/>).
/// </summary>
internal sealed record Measured(string Label, Func<double, LogInterval> IntervalAt, IReadOnlyDictionary<string, RunsRead> Runs)
{
    /// <summary>The cells it was read from, in the order given.</summary>
    public IReadOnlyList<string> Cells => [.. Runs.Keys];

    public LogInterval Interval { get; init; } = IntervalAt(Confidence.Default);

    /// <summary>How many of the decide stage's extra rounds ran every cell this was read from.</summary>
    public int ExtraRounds { get; init; }

    /// <summary>What its interval stands on: the decide stage's rounds it needs before its reckoning can be trusted.</summary>
    public Footing Footing { get; init; } = Footing.Unexplored;

    public Measured At(double level) => level == Interval.Level ? this : this with { Interval = IntervalAt(level) };

    public Estimate ToEstimate() => new(Label, Interval.Value, Interval.Low, Interval.High, Interval.Count) { Level = Interval.Level };

    public string Text => string.Create(CultureInfo.InvariantCulture,
        $"{Label} = {Condition.Format(Interval.Value)} [{(Interval.IsBounded ? Condition.Format(Interval.Low) : "–")}, {(Interval.IsBounded ? Condition.Format(Interval.High) : "–")}]{OutcomeText.LevelSuffix(Interval.Level)}");
}

/// <summary>How many runs of one cell a quantity read, and how many of them were taken during a disturbance.</summary>
internal readonly record struct RunsRead(int All, int Disturbed);
