namespace ParallelRepro.Statistics;

/// <summary>
/// A positive quantity (a time ratio, CPU time over real time) with its interval at <see cref="Level"/> (95 % unless
/// a condition corrects for multiplicity: <see cref="Confidence"/>), the number of observations and its spread on the
/// log scale (<see cref="LogSd"/>, per observation: the spread the interval came from, and what the rounds-to-decide
/// estimate reads unless <see cref="Outlook"/> says otherwise).
/// <see cref="Of"/> estimates it from independent observations on the log scale: the geometric mean with Student's t
/// interval, mapped back (<see cref="MedianInterval"/> is the robust estimator for six or more). Ratios are
/// symmetric there (2× and 0.5× are equally far from 1), and the interval never reaches 0 or infinity.
/// </summary>
public sealed record LogInterval(double Value, double Low, double High, int Count, double LogSd, double Level = Confidence.Default)
{
    /// <summary>Fewer than two observations, or all equal: no interval can be claimed, so it is unbounded.</summary>
    public bool IsBounded => Count >= 2 && double.IsFinite(Low) && double.IsFinite(High);

    public static LogInterval Of(IReadOnlyList<double> positives, double level = Confidence.Default, VariancePrior? prior = null)
        => OfLogs(Logs(positives), level, prior);

    /// <summary>The observations on the log scale, checked: at least one, each positive and finite.</summary>
    internal static double[] Logs(IReadOnlyList<double> positives)
    {
        if (positives.Count == 0) throw new ArgumentException("no observations", nameof(positives));
        if (positives.Any(v => !(v > 0) || !double.IsFinite(v)))
            throw new ArgumentException("a ratio or time must be positive and finite", nameof(positives));
        return positives.Select(v => Math.Log(v)).ToArray();
    }

    /// <summary>
    /// <see cref="Of"/> on observations already on the log scale (<see cref="Logs"/>). With a <paramref name="prior"/>
    /// from the family the observations' ratio belongs to, their variance is moderated by it (<see cref="VariancePrior"/>)
    /// and Student's t takes the added degrees of freedom.
    /// </summary>
    internal static LogInterval OfLogs(IReadOnlyList<double> logs, double level = Confidence.Default, VariancePrior? prior = null)
    {
        var mean = logs.Average();
        if (logs.Count < 2) return new LogInterval(Math.Exp(mean), 0, double.PositiveInfinity, logs.Count, double.NaN, level);
        var (variance, df) = (SampleVariance(logs), logs.Count - 1.0);
        if (prior is not null) (variance, df) = prior.Moderate(variance, df);
        var sd = Math.Sqrt(variance);
        if (sd == 0) return new LogInterval(Math.Exp(mean), Math.Exp(mean), Math.Exp(mean), logs.Count, 0, level);
        var half = Confidence.StudentQuantile(df, level) * sd / Math.Sqrt(logs.Count);
        return new LogInterval(Math.Exp(mean), Math.Exp(mean - half), Math.Exp(mean + half), logs.Count, sd, level);
    }

    /// <summary>The sample variance (over n − 1) of two or more values: what <see cref="OfLogs"/>, a family's prior and its members share.</summary>
    internal static double SampleVariance(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Sum(x => (x - mean) * (x - mean)) / (values.Count - 1);
    }

    /// <summary>
    /// The estimate and per-observation log spread that the rounds-to-decide estimate reads, where they are not
    /// <see cref="Value"/> and <see cref="LogSd"/>: those of the estimator that more observations will hand the
    /// decision to (<see cref="RatioInterval"/>). Null: this interval's own.
    /// </summary>
    public (double Center, double LogSd)? Outlook { get; init; }

    /// <summary>
    /// Roughly how many observations in all would make the interval clear <paramref name="bound"/>, if the spread and
    /// the estimate (<see cref="Outlook"/>) stayed as they are: n ≈ (t · sd / distance)² on the log scale, with t ≈ 2
    /// for the larger n at 95 % (wider in proportion at a higher <see cref="Level"/>).
    /// Null when the estimate sits on the bound (no number of runs would decide it) or there is no spread yet.
    /// </summary>
    public int? ObservationsToClear(double bound)
    {
        var (center, spread) = Outlook ?? (Value, LogSd);
        var distance = Math.Abs(Math.Log(center) - Math.Log(bound));
        if (distance < 1e-9 || !(spread > 0)) return null;
        return (int)Math.Ceiling(Math.Pow(2.0 * Confidence.WidthFactor(Level) * spread / distance, 2));
    }
}
