namespace ParallelRepro.Statistics;

/// <summary>
/// How the claims estimate a positive ratio from its observations (per-round time ratios, or one run's user CPU over
/// real time): the median with its order-statistic interval once there are enough observations for one
/// (<see cref="MedianInterval"/>, robust to this VM's two-speed vCPUs), and the geometric mean with Student's t on
/// the log scale below that (<see cref="LogInterval"/>). With the three planned rounds of the quick profile the t
/// interval is wide (t = 4.30 at 2 degrees of freedom) and decides only large effects; a claim it leaves undecided
/// gets extra rounds, and from six rounds on the median decides it. Rounds placed on CPUs go through
/// <see cref="StratifiedRatio"/> first, which compares them within a CPU.
/// </summary>
public static class RatioInterval
{
    /// <summary>At a level above 95 % the median needs more observations (nine at 99.4 %) before it takes over.</summary>
    public static LogInterval Of(IReadOnlyList<double> ratios, double level = Confidence.Default)
        => ratios.Count >= MedianInterval.MinCountAt(level) ? MedianInterval.Of(ratios, level) : LogInterval.Of(ratios, level);
}
