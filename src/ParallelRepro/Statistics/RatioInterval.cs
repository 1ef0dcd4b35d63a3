namespace ParallelRepro.Statistics;

/// <summary>
/// How the claims estimate a positive ratio from observations that may mix two modes (per-round time ratios of
/// planned rounds, each on one CPU; or one run's user CPU over real time): the median with its order-statistic
/// interval once there are enough observations for one (<see cref="MedianInterval"/>, robust to this VM's two-speed
/// vCPUs), and the geometric mean with Student's t on the log scale below that (<see cref="LogInterval"/>). With the
/// three planned rounds of the quick profile the t interval is wide (t = 4.30 at 2 degrees of freedom) and decides only
/// large effects; a claim it leaves undecided gets extra rounds, balanced over the CPUs, which
/// <see cref="StratifiedRatio"/> estimates on their own (<see cref="TrimmedMeanInterval"/>).
/// </summary>
public static class RatioInterval
{
    /// <summary>
    /// At a level above 95 % the median needs more observations (nine at 99.4 %) before it takes over.
    /// Below that, the t interval's rounds-to-decide estimate reads the median and its robust spread
    /// (<see cref="LogInterval.Outlook"/>), because the median is what more rounds hand the decision to. Why: one
    /// round on the slow vCPU pulls the geometric mean toward the bound and swells the standard deviation, and the
    /// reckoning grows with the square of one over the other (three rounds of mt(1)/serial, 1.00, 1.01 and 0.82, read
    /// as "about 600 more rounds" against 0.95). The interval itself is Student's t.
    /// </summary>
    /// <remarks><paramref name="prior"/>: the variance prior of the ratio's family, which the t interval is moderated by (<see cref="VariancePrior"/>).</remarks>
    public static LogInterval Of(IReadOnlyList<double> ratios, double level = Confidence.Default, VariancePrior? prior = null)
    {
        if (ratios.Count >= MedianInterval.MinCountAt(level)) return MedianInterval.Of(ratios, level);
        var t = LogInterval.Of(ratios, level, prior);
        return t.Count >= 2 && MedianInterval.Spread(ratios) is > 0 and var spread
            ? t with { Outlook = (Quantiles.Median(ratios), spread) }
            : t;
    }
}
