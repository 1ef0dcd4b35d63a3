namespace ParallelRepro.Statistics;

/// <summary>
/// The median of positive observations (per-round time ratios) with a distribution-free 95 % interval (or at another
/// level: <see cref="Confidence"/>): the order statistics x(k) and x(n+1-k), with k the largest for which the sign
/// test keeps P(Binomial(n, ½) &lt; k) ≤ 2.5 %.
/// It assumes nothing about the shape of the observations, and that is why it is here: on this VM one vCPU runs the
/// same single-threaded program about 1.6× slower than the other, so a per-round ratio is the true ratio when both
/// runs landed on the same vCPU and 1.6× or 0.6× it when they did not. A mean (and Student's t) takes in those modes;
/// the median and its order-statistic interval sit on the pairs that agree (measured on the quick matrix:
/// mt(1)/serial geometric mean 0.98 [0.89, 1.08] over 28 rounds, median 0.99 [0.98, 1.04]). The same VM also slows
/// down as a whole for a few seconds at a time (runs 1.3-1.7× slower, several in a row), which hits one side of a
/// round's pair and not the other: the median shrugs off those rounds too. Rounds placed on CPUs are first centered
/// per CPU (<see cref="StratifiedRatio"/>).
/// Below <see cref="MinCount"/> observations no such interval reaches 95 % (n = 5 covers 94 % at best); callers fall
/// back to <see cref="LogInterval.Of"/> there.
/// </summary>
public static class MedianInterval
{
    /// <summary>The fewest observations whose [min, max] covers the median with at least 95 % (1 - 2 / 2⁶ = 96.9 %).</summary>
    public const int MinCount = 6;

    /// <summary>
    /// How much wider the median's standard error is than the mean's for normal data (√(π/2)): the spread kept for the
    /// rounds-to-decide estimate, so that it counts the rounds this estimator needs.
    /// </summary>
    private const double MedianEfficiency = 1.2533;

    /// <summary>MAD × 1.4826 estimates a standard deviation, robust to the slow-vCPU modes.</summary>
    private const double MadToSd = 1.4826;

    /// <summary>The fewest observations whose [min, max] covers the median with at least <paramref name="level"/>.</summary>
    public static int MinCountAt(double level)
    {
        var n = 1;
        while (1 - Math.Pow(2, 1 - n) < level) n++;
        return n;
    }

    public static LogInterval Of(IReadOnlyList<double> positives, double level = Confidence.Default)
    {
        if (positives.Count < MinCountAt(level))
            throw new ArgumentException($"a {level:P1} median interval needs at least {MinCountAt(level)} observations, got {positives.Count}", nameof(positives));
        if (positives.Any(v => !(v > 0) || !double.IsFinite(v)))
            throw new ArgumentException("a ratio or time must be positive and finite", nameof(positives));
        var sorted = positives.Order().ToArray();
        var k = LowerRank(sorted.Length, level);
        return new LogInterval(Quantiles.Of(sorted, 0.5), sorted[k - 1], sorted[sorted.Length - k], sorted.Length, Spread(sorted), level);
    }

    /// <summary>
    /// The spread per observation on the log scale that this interval narrows with: the MAD, robust to the slow-vCPU
    /// modes, scaled to a standard deviation and to the median's lower efficiency. What the rounds-to-decide estimate reads.
    /// </summary>
    public static double Spread(IReadOnlyList<double> positives)
        => MedianEfficiency * MadSd(positives.Select(v => Math.Log(v)).ToArray());

    /// <summary>The MAD of values about their median, scaled to estimate a standard deviation (× 1.4826): robust to a few far-out ones.</summary>
    internal static double MadSd(IReadOnlyList<double> values)
    {
        var median = Quantiles.Median(values);
        return MadToSd * Quantiles.Median(values.Select(x => Math.Abs(x - median)));
    }

    /// <summary>The 1-based rank k of the interval's lower end: the largest k with P(Binomial(n, ½) ≤ k - 1) ≤ (1 - level) / 2.</summary>
    public static int LowerRank(int n, double level = Confidence.Default)
    {
        if (n < MinCountAt(level)) throw new ArgumentOutOfRangeException(nameof(n), n, $"needs at least {MinCountAt(level)}");
        var tail = (1 - level) / 2;
        // Cumulative binomial probabilities in log space: n can be in the hundreds after many extra rounds.
        var k = 1;
        var cumulative = 0.0;
        for (var i = 0; i < n / 2; i++)
        {
            cumulative += Math.Exp(LogChoose(n, i) - n * Math.Log(2));
            if (cumulative > tail) break;
            k = i + 1;
        }
        return k;
    }

    private static double LogChoose(int n, int i)
    {
        var sum = 0.0;
        for (var j = 1; j <= i; j++) sum += Math.Log(n - i + j) - Math.Log(j);
        return sum;
    }
}
