namespace ParallelRepro.Statistics;

/// <summary>
/// The 20 % trimmed mean of positive observations on the log scale with Yuen's interval: the mean of the middle 60 %
/// (g = ⌊0.2 n⌋ cut from each end), its standard error from the winsorized variance, s_w √n / (n − 2g), and Student's
/// t with n − 2g − 1 degrees of freedom. Below <see cref="FewestToCut"/> observations nothing is cut and it is the
/// plain t interval of <see cref="LogInterval.Of"/>.
/// What it is for: the decide stage's balanced rounds (<see cref="StratifiedRatio"/>), whose ratios are free of the
/// two-speed vCPUs and whose spread is near normal in the middle with a few far-out rounds (the VM slowing down for a
/// few seconds): 969 such log ratios from the decide stages of 45 reproductions have a standard deviation of 0.087
/// and a MAD-based one of 0.043. Cutting the ends takes those rounds out as the median does, while the middle 60 %
/// narrows the interval almost as fast as a mean. Replayed on those rounds
/// (src/workloads/experiments/balanced_rounds_bootstrap.py, 4000 resampled sequences a row, each looked at after every
/// round from 3 to 30, as the decide stage looks), at the same level a look (99 %, <see cref="Confidence.PerLook"/>)
/// it decided more sequences by 10 rounds than the sign-test median: 41 % against 24 % at 0.04 from the bound on the
/// log scale, 66 % against 44 % at 0.06, 90 % against 68 % at 0.1. The median keeps its place where the
/// rounds are two-speed mixtures (planned rounds on one CPU each): cutting 20 % from each end cannot remove a mode
/// that holds half the rounds, and the median can.
/// </summary>
public static class TrimmedMeanInterval
{
    /// <summary>The share cut from each end.</summary>
    public const double Trim = 0.2;

    /// <summary>
    /// The fewest observations anything is cut from (then one from each end, five kept). Not five, where ⌊0.2 n⌋ first
    /// reaches one: five observations would keep three, on two degrees of freedom (t = 9.9 at 99 %, against 4.6 for
    /// the plain t on four), and six would keep four (5.8 against 4.0), so a fifth round often widened the interval the
    /// fourth gave. On the records of three default runs, mp-manager(n)/mp(n) read inconclusive against 1.3 that way:
    /// five rounds of 1.42-1.55 as 1.47 [1.20, 1.79] at 99 % (the plain t: [1.36, 1.59]). Replayed on the 1431
    /// balanced rounds of the reproductions at hand (src/workloads/experiments/balanced_rounds_bootstrap.py 0.99 4000
    /// 0,0.04,0.06,0.1 on 80 records files), cutting from seven rather than five decided more sequences by the fifth
    /// and sixth round (0.10 from the bound on the log scale: 58 % and 71 % against 48 % and 65 %; at 0.06, 28 % and
    /// 38 % against 24 % and 35 %), about as many by the tenth and twentieth (at 0.04: 47 % and 87 % against 50 % and
    /// 87 %), and fewer on the bound, where any decision is wrong (4.2 % of the sequences by the thirtieth round,
    /// against 5.6 %).
    /// </summary>
    public const int FewestToCut = 7;

    /// <summary>
    /// How much wider the 20 % trimmed mean's standard error is than the mean's for normal data: its asymptotic
    /// variance is the winsorized variance over (1 − 2 · 0.2)², 0.412 / 0.36 = 1.14 times the mean's, and √1.14 ≈ 1.07.
    /// </summary>
    private const double TrimmedEfficiency = 1.07;

    public static LogInterval Of(IReadOnlyList<double> positives, double level = Confidence.Default)
    {
        var logs = LogInterval.Logs(positives);
        var n = logs.Length;
        var g = n < FewestToCut ? 0 : (int)Math.Floor(Trim * n);
        if (g == 0) return LogInterval.OfLogs(logs, level) with { Outlook = RobustOutlook(logs) };
        Array.Sort(logs);
        var kept = n - 2 * g;
        var center = logs[g..(n - g)].Average();
        // Winsorized: the g lowest raised to the lowest kept, the g highest lowered to the highest kept.
        var winsorized = logs.Select(x => Math.Clamp(x, logs[g], logs[n - g - 1])).ToArray();
        var mean = winsorized.Average();
        var sw = Math.Sqrt(winsorized.Sum(x => (x - mean) * (x - mean)) / (n - 1));
        if (sw == 0) return new LogInterval(Math.Exp(center), Math.Exp(center), Math.Exp(center), n, 0, level);
        var se = sw * Math.Sqrt(n) / kept;
        var half = Confidence.StudentQuantile(kept - 1, level) * se;
        // Per observation, the spread this estimator narrows with (what the rounds-to-decide estimate reads).
        return new LogInterval(Math.Exp(center), Math.Exp(center - half), Math.Exp(center + half), n, se * Math.Sqrt(n), level);
    }

    /// <summary>
    /// Before anything is cut (under <see cref="FewestToCut"/> observations), one far-out round pulls the mean toward
    /// the bound and swells the spread, and the rounds-to-decide estimate grows with the square of one over the other:
    /// three rounds of mt(1)/serial, 1.00, 1.01 and 0.82, would read as about 600 more rounds against 0.95. The
    /// estimate reads the median and the MAD-based spread instead, which is what the trimmed mean will see once that
    /// round is cut.
    /// </summary>
    private static (double Center, double LogSd)? RobustOutlook(double[] logs)
        => TrimmedEfficiency * MedianInterval.MadSd(logs) is > 0 and var spread ? (Math.Exp(Quantiles.Median(logs)), spread) : null;
}
