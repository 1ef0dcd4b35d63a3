using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

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
    /// Roughly how many observations in all would make the interval clear <paramref name="bound"/>: the fewest at which
    /// it is then more likely than not to lie wholly on one side of the bound, as predicted from the observations so far
    /// (the Bayesian predictive probability adaptive trials judge futility by; Spiegelhalter, Freedman and Blackburn,
    /// 1986). With n observations of mean m and spread s (<see cref="Outlook"/> where set), the truth is taken as
    /// N(m, s²/n); the mean of N observations is then N(m, s²(N − n)/(nN)), and the interval at N clears the bound when
    /// that mean is more than z·s/√N from it (<see cref="DecideChance"/>).
    /// Why not n = (z·s/d)², the distance d from the estimate taken as known (what this was): from three rounds d is
    /// itself ±s/√3. A default run gave up on mt(8)/mt(1) = 1.11 [0.65, 1.90] against 1.1 as "715 more rounds", where
    /// other runs decided it in 6-18; an estimate a hair from its bound read "never", though the truth is no likelier
    /// to sit on it than a little off. The predictive count is about 1 + (z / 0.674)² times the rounds so far when the
    /// estimate sits on the bound (16 at the decide stage's 99 % a look, 9 at 95 %; 0.674 is the normal quantile of
    /// 3/4): within reach while they are few, out of it once they are many. When d is many standard errors, it is
    /// (z·s/d)². Null when there is no spread yet, or no count up to ten million would do.
    /// </summary>
    public int? ObservationsToClear(double bound)
    {
        var (center, spread) = Outlook ?? (Value, LogSd);
        if (Count < 2 || !(spread > 0)) return null;
        var distance = Math.Abs(Math.Log(center) - Math.Log(bound));
        var z = Confidence.NormalQuantile(Level);
        bool Likely(long total) => DecideChance(distance, spread, Count, total, z) >= 0.5;
        // The chance grows with the count: double it until it is likely, then halve the gap.
        long low = Count, high = Count + 1L;
        while (!Likely(high))
        {
            if (high > MaxObservations) return null;
            (low, high) = (high, high * 2);
        }
        while (high - low > 1)
        {
            var mid = low + (high - low) / 2;
            if (Likely(mid)) high = mid;
            else low = mid;
        }
        return (int)high;
    }

    private const long MaxObservations = 10_000_000;

    /// <summary>
    /// The predictive probability that the interval of <paramref name="total"/> observations lies wholly on one side
    /// of a bound <paramref name="distance"/> away (on the log scale) from the mean of the <paramref name="count"/> so
    /// far, at a spread <paramref name="spread"/> per observation and quantile <paramref name="z"/>.
    /// </summary>
    internal static double DecideChance(double distance, double spread, int count, double total, double z)
    {
        var edge = z * spread / Math.Sqrt(total);
        var sd = spread * Math.Sqrt((total - count) / (count * total));
        return NormalDistribution.Standard.Cdf((distance - edge) / sd) + NormalDistribution.Standard.Cdf((-distance - edge) / sd);
    }
}
