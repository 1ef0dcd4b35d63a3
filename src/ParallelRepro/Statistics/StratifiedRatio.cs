using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace ParallelRepro.Statistics;

/// <summary>One round's ratio of two cells' times, and the CPU all of that round's runs started on (null: not placed).</summary>
public readonly record struct RoundRatio(double Ratio, int? Cpu);

/// <summary>
/// Per-round ratios whose rounds started their runs on different CPUs (ppp's <c>--start-cpu</c>, cycled round by round).
/// Why: a cloud VM's vCPUs need not run at one speed. On the 2-vCPU VM this was built on, one of them ran
/// single-threaded Python 1.6× slower than the other, and which one changed over minutes; a single-threaded program
/// keeps the CPU it starts on, while one with several busy threads or processes spreads over both. So a ratio of two
/// single-threaded programs is exact when both start on one CPU, and a ratio of a spreading program to a
/// single-threaded one is high in the rounds on the slow CPU and low in the others: two modes that neither a mean nor
/// a median can narrow. Comparing within a CPU removes them:
/// <list type="bullet">
/// <item>From six blocks on (a block is the i-th round on each CPU), the median of the blocks' geometric means with
/// its order-statistic interval (<see cref="MedianInterval"/>): each block weighs every CPU equally, and the median
/// shrugs off a run the scheduler moved to the other CPU after all.</item>
/// <item>With two or more rounds on each CPU, Student's t on the log scale with the CPU as a stratum: the mean of the
/// CPUs' means, with the spread pooled within CPUs (degrees of freedom: rounds minus CPUs).</item>
/// <item>Otherwise (the quick profile's three planned rounds are two on one CPU and one on the other), or when the
/// runs were not placed: <see cref="RatioInterval"/> over the rounds, whose spread then includes any difference
/// between the CPUs and so errs on the wide side.</item>
/// </list>
/// Each estimate weighs the CPUs equally: what a program started on a CPU picked at random would see.
/// </summary>
public static class StratifiedRatio
{
    public static LogInterval Of(IReadOnlyList<RoundRatio> rounds)
    {
        if (rounds.Count == 0) throw new ArgumentException("no rounds", nameof(rounds));
        var ratios = rounds.Select(r => r.Ratio).ToArray();
        if (rounds.Any(r => r.Cpu is null)) return RatioInterval.Of(ratios);
        if (ratios.Any(v => !(v > 0) || !double.IsFinite(v)))
            throw new ArgumentException("a ratio must be positive and finite", nameof(rounds));
        var strata = rounds.GroupBy(r => r.Cpu!.Value).OrderBy(g => g.Key).Select(g => g.Select(r => Math.Log(r.Ratio)).ToArray()).ToArray();
        if (strata.Length < 2) return RatioInterval.Of(ratios);
        var blocks = strata.Min(s => s.Length);
        if (blocks >= MedianInterval.MinCount) return Blocked(strata, blocks, rounds.Count);
        return strata.All(s => s.Length >= 2) ? Pooled(strata) : RatioInterval.Of(ratios);
    }

    /// <summary>
    /// The median of the blocks' geometric means. A CPU's rounds beyond the block count (at most one per CPU when
    /// rounds alternate) wait for their partner round. The spread is scaled to one round, so that
    /// <see cref="LogInterval.ObservationsToClear"/> counts rounds.
    /// </summary>
    private static LogInterval Blocked(double[][] strata, int blocks, int rounds)
    {
        var values = Enumerable.Range(0, blocks).Select(i => Math.Exp(strata.Average(s => s[i]))).ToArray();
        var median = MedianInterval.Of(values);
        return median with { Count = rounds, LogSd = median.LogSd * Math.Sqrt(strata.Length) };
    }

    private static LogInterval Pooled(double[][] strata)
    {
        var n = strata.Sum(s => s.Length);
        var df = n - strata.Length;
        var means = strata.Select(s => s.Average()).ToArray();
        var mean = means.Average();
        var squares = strata.Zip(means, (s, m) => s.Sum(x => (x - m) * (x - m))).Sum();
        var sd = Math.Sqrt(squares / df);
        var value = Math.Exp(mean);
        if (sd == 0) return new LogInterval(value, value, value, n, 0);
        var se = sd * Math.Sqrt(strata.Sum(s => 1.0 / s.Length)) / strata.Length;
        var t = new StudentDistribution(df).Quantile(0.975);
        return new LogInterval(value, Math.Exp(mean - t * se), Math.Exp(mean + t * se), n, sd);
    }
}
