using Perfolizer.Mathematics.Common;

namespace ParallelRepro.Statistics;

/// <summary>One measured time in one round of the matrix (a round runs every cell once, in a shuffled order).</summary>
public readonly record struct RoundTime(int Round, double Seconds);

/// <summary>
/// The ratio of two cells' times from paired rounds: a / b within each round both ran in, then those per-round
/// ratios' median (or, with fewer than six rounds, geometric mean) with its interval (<see cref="RatioInterval"/>).
/// Rounds run close together in time, so a slow drift of the machine's speed (this VM's median moves 0.9-1.3 s
/// between blocks) divides out of each pair. Several runs of one cell in a round (the serial baselines) count as
/// their median. Without two common rounds (a cell re-run on its own, merged legs) it falls back to the unpaired
/// ratio of the two samples' geometric means.
/// </summary>
public static class PairedRatio
{
    public static LogInterval Of(IReadOnlyList<RoundTime> a, IReadOnlyList<RoundTime> b)
    {
        if (a.Count == 0 || b.Count == 0) throw new ArgumentException("both cells need at least one time");
        var perRoundA = PerRound(a);
        var perRoundB = PerRound(b);
        var ratios = perRoundA.Keys.Intersect(perRoundB.Keys).Order().Select(r => perRoundA[r] / perRoundB[r]).ToArray();
        return ratios.Length >= 2 ? RatioInterval.Of(ratios) : Unpaired(a, b);
    }

    /// <summary>Geometric mean ratio with the log-scale error of a difference of two independent means (Welch).</summary>
    public static LogInterval Unpaired(IReadOnlyList<RoundTime> a, IReadOnlyList<RoundTime> b)
    {
        var la = LogInterval.Of(a.Select(t => t.Seconds).ToArray());
        var lb = LogInterval.Of(b.Select(t => t.Seconds).ToArray());
        var value = la.Value / lb.Value;
        if (la.Count < 2 || lb.Count < 2) return new LogInterval(value, 0, double.PositiveInfinity, Math.Min(la.Count, lb.Count), double.NaN);
        var se = Math.Sqrt(la.LogSd * la.LogSd / la.Count + lb.LogSd * lb.LogSd / lb.Count);
        var df = Math.Min(la.Count, lb.Count); // conservative: the smaller sample's n - 1 degrees of freedom, + 1 for the estimator's n
        if (se == 0) return new LogInterval(value, value, value, df, 0);
        var ci = new ConfidenceIntervalEstimator(df, Math.Log(value), se).ConfidenceInterval(ConfidenceLevel.L95);
        // The spread a paired design would see, for the rounds-to-decide estimate.
        return new LogInterval(value, Math.Exp(ci.Lower), Math.Exp(ci.Upper), df, se * Math.Sqrt(df));
    }

    private static Dictionary<int, double> PerRound(IReadOnlyList<RoundTime> times)
        => times.GroupBy(t => t.Round).ToDictionary(g => g.Key, g => Quantiles.Median(g.Select(t => t.Seconds)));
}
