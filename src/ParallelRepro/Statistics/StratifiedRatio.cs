namespace ParallelRepro.Statistics;

/// <summary>
/// One round's ratio of two cells' times, and the CPU all of that round's runs started on (null: not placed, or both
/// cells ran on each of two CPUs or more, and the ratio is that of their mean times over those CPUs). A round with a
/// ratio free of the CPUs' speeds is <see cref="Balanced"/>.
/// </summary>
public readonly record struct RoundRatio(double Ratio, int? Cpu)
{
    /// <summary>
    /// The round's ratio of the two cells' mean times over the CPUs, when it has one: the same as <see cref="Ratio"/>
    /// for a round that ran both cells on two CPUs or more; for a round in which a cell's work spreads (run
    /// once, on the CPU the round's <see cref="Ratio"/> is read on), that run against the other spreading run or the
    /// other cell's mean over its CPUs (Statistics.PairedRatio).
    /// </summary>
    public double? OverCpus { get; init; }

    /// <summary>The round has a ratio free of the CPUs' speeds (<see cref="OverCpus"/>).</summary>
    public bool Balanced => OverCpus is not null;

    /// <summary>
    /// The decide stage ran this round: an interval over it is one of that stage's looks (<see cref="Confidence.PerLook"/>).
    /// </summary>
    public bool Extra { get; init; }
}

/// <summary>
/// Per-round ratios whose rounds started their runs on different CPUs (ppp's <c>--start-cpu</c>, cycled round by round).
/// Why: a cloud VM's vCPUs need not run at one speed. On the 2-vCPU VM this was built on, one of them ran
/// single-threaded Python 1.6× slower than the other for minutes at a time (at other times both slowed down together,
/// for a few seconds: see <see cref="MedianInterval"/>). A single-threaded program keeps the CPU it starts on, while
/// one with several busy threads or processes spreads over both; so a ratio of two single-threaded programs is exact
/// when both start on one CPU, and a ratio of a spreading program to a single-threaded one is high in the rounds on
/// the slow CPU and low in the others: two modes that neither a mean nor a median can narrow. Comparing within a CPU
/// removes them:
/// <list type="bullet">
/// <item>Every round balanced (<see cref="RoundRatio.Balanced"/>: a variant that spreads over the CPUs against
/// another, or against the serial program, whose planned runs take both CPUs in turn): the ratios over the CPUs,
/// read as rounds not placed (<see cref="RatioInterval"/>).</item>
/// <item>Six rounds or more on every CPU: each round's log ratio is moved by the difference between its CPU's median
/// and the mean of the CPUs' medians, and the sign test's median interval (<see cref="MedianInterval"/>) is taken
/// over those. Without a CPU effect the shift is small and this is the plain median, robust to disturbed rounds. The
/// interval leaves out the error of the CPUs' medians themselves; from six rounds a CPU it is small beside the
/// interval's width, and below that this branch is not taken.</item>
/// <item>Six rounds or more, but fewer on some CPU: the plain median over the rounds (<see cref="RatioInterval"/>).</item>
/// <item>Fewer than six, with two or more on every CPU: Student's t on the log scale with the CPU as a stratum (the
/// mean of the CPUs' means, the spread pooled within CPUs, degrees of freedom rounds minus CPUs).</item>
/// <item>Otherwise (the quick profile's three planned rounds are two on one CPU and one on the other), or when the
/// runs were not placed: t over the rounds, whose spread then includes any difference between the CPUs and so errs
/// on the wide side.</item>
/// </list>
/// Each estimate weighs the CPUs equally: what a program started on a CPU picked at random would see. Centering assumes
/// a CPU's offset stays put over the run; on this VM it lasts minutes, not the ten a run takes. So the decide stage
/// runs each cell of its extra rounds on two CPUs seconds apart, and a round that did is balanced on its own
/// (<see cref="RoundRatio.Balanced"/>). From three balanced rounds on, once one round is the decide stage's, a ratio
/// rests on those alone: the planned rounds were the first look that left it undecided, and the balanced rounds are the
/// fresh sample the decide stage ran to settle it (with the planned rounds that are balanced too: a spreading program
/// against another, or against the serial program). Their estimate is the trimmed mean
/// (<see cref="TrimmedMeanInterval"/>: free of the two modes, they need no median), at the level of one of the decide
/// stage's looks (<see cref="Confidence.PerLook"/>), as is any interval over rounds that include the decide stage's
/// (<see cref="RoundRatio.Extra"/>), by whichever branch above. Three, because that gives Student's t the two degrees
/// of freedom the quick profile's three planned rounds had; before that, a round balanced by running both cells on two
/// CPUs counts as a round not placed, and one balanced by a spreading run (<see cref="RoundRatio.OverCpus"/>) as a
/// round on that run's start CPU, read there.
/// </summary>
public static class StratifiedRatio
{
    /// <summary>The fewest balanced rounds a ratio rests on alone.</summary>
    public const int MinBalanced = 3;

    /// <remarks>
    /// <paramref name="prior"/>: the variance prior of the ratio's family (<see cref="VariancePrior"/>), which moderates
    /// the t interval over the rounds (the quick profile's three planned rounds); the other branches have enough
    /// rounds of their own, or a spread of another kind (within a CPU, or of balanced rounds).
    /// </remarks>
    public static LogInterval Of(IReadOnlyList<RoundRatio> rounds, double level = Confidence.Default, VariancePrior? prior = null)
    {
        if (rounds.Count == 0) throw new ArgumentException("no rounds", nameof(rounds));
        // Planned rounds alone are read with their group's variance prior below, even where each is free of the CPUs'
        // speeds (two spreading cells): balanced rounds take over once the decide stage has run one of its own.
        if (Footing.Of(rounds).Rests)
            return TrimmedMeanInterval.Of(rounds.Select(r => r.OverCpus).OfType<double>().ToArray(), Confidence.PerLook(level));
        level = Confidence.AtLook(level, rounds.Any(r => r.Extra));
        if (rounds.All(r => r.Balanced)) return RatioInterval.Of(Readings(rounds), level, prior);
        var ratios = rounds.Select(r => r.Ratio).ToArray();
        if (rounds.Any(r => r.Cpu is null)) return RatioInterval.Of(ratios, level, prior);
        if (ratios.Any(v => !(v > 0) || !double.IsFinite(v)))
            throw new ArgumentException("a ratio must be positive and finite", nameof(rounds));
        var strata = rounds.GroupBy(r => r.Cpu!.Value).OrderBy(g => g.Key).Select(g => g.Select(r => Math.Log(r.Ratio)).ToArray()).ToArray();
        if (strata.Length < 2) return RatioInterval.Of(ratios, level, prior);
        if (strata.All(s => s.Length >= MedianInterval.MinCount)) return Centered(strata, level);
        if (ratios.Length < MedianInterval.MinCount && strata.All(s => s.Length >= 2)) return Pooled(strata, level);
        return RatioInterval.Of(ratios, level, prior);
    }

    /// <summary>
    /// The per-round ratios the rounds are read by before they rest on balanced ones: when every round is balanced (a
    /// variant that spreads over the CPUs against the serial program's runs on both), each over the CPUs, free of
    /// their speeds, with no CPU to compare within; else each on its round's CPU.
    /// </summary>
    public static double[] Readings(IReadOnlyList<RoundRatio> rounds)
        => rounds.All(r => r.Balanced) ? [.. rounds.Select(r => r.OverCpus!.Value)] : [.. rounds.Select(r => r.Ratio)];

    /// <summary>The median interval over the rounds, each moved by its CPU's offset from the mean of the CPUs' medians.</summary>
    private static LogInterval Centered(double[][] strata, double level)
    {
        var medians = strata.Select(s => Quantiles.Median(s)).ToArray();
        var center = medians.Average();
        var moved = strata.Zip(medians, (s, m) => s.Select(x => Math.Exp(x - m + center))).SelectMany(x => x).ToArray();
        return RatioInterval.Of(moved, level);
    }

    private static LogInterval Pooled(double[][] strata, double level)
    {
        var n = strata.Sum(s => s.Length);
        var df = n - strata.Length;
        var means = strata.Select(s => s.Average()).ToArray();
        var mean = means.Average();
        var squares = strata.Zip(means, (s, m) => s.Sum(x => (x - m) * (x - m))).Sum();
        var sd = Math.Sqrt(squares / df);
        var value = Math.Exp(mean);
        if (sd == 0) return new LogInterval(value, value, value, n, 0, level);
        var se = sd * Math.Sqrt(strata.Sum(s => 1.0 / s.Length)) / strata.Length;
        var t = Confidence.StudentQuantile(df, level);
        return new LogInterval(value, Math.Exp(mean - t * se), Math.Exp(mean + t * se), n, sd, level);
    }
}
