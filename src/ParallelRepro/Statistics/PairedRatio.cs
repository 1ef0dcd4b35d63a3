namespace ParallelRepro.Statistics;

/// <summary>
/// One measured time in one round of the matrix (a round runs every cell once, in a shuffled order), the CPU the
/// run started on (null: not placed), whether the decide stage ran it (<see cref="RoundRatio.Extra"/>), and whether
/// its work spreads over the CPUs wherever it started (<see cref="Spreads"/>).
/// </summary>
/// <param name="Spreads">
/// The run's time is one over the CPUs whichever it started on (Vocabulary.VariantIds.SpreadsOverCpus): the decide
/// stage runs such a cell once a round, and that run pairs with another spreading run or with the other cell's mean
/// time over the CPUs.
/// </param>
public readonly record struct RoundTime(int Round, double Seconds, int? Cpu = null, bool Extra = false, bool Spreads = false);

/// <summary>
/// The ratio of two cells' times from paired rounds: a / b within each round both ran in, then those per-round
/// ratios' median (or, with fewer than six rounds, geometric mean) with its interval (<see cref="RatioInterval"/>).
/// Rounds run close together in time, so a slow drift of the machine's speed (this VM's median moves 0.9-1.3 s
/// between blocks) divides out of each pair. Several runs of one cell in a round (the serial baselines) count as
/// their median. Without two common rounds (a cell re-run on its own, merged legs) it falls back to the unpaired
/// ratio of the two samples' geometric means. A round whose runs all started on one CPU is compared with the rounds
/// on the same CPU first (<see cref="StratifiedRatio"/>). A round that ran both cells on two CPUs (the decide stage's
/// extra rounds) gives the ratio of the cells' mean times over those CPUs: a balanced round, free of the CPUs' speeds;
/// so does a round of a cell whose work spreads over the CPUs (<see cref="RoundTime.Spreads"/>) with another such cell,
/// or with one that ran on two CPUs (the decide stage's cells, the serial programs' planned runs).
/// </summary>
public static class PairedRatio
{
    /// <remarks><paramref name="prior"/>: the variance prior of the ratio's family (<see cref="StratifiedRatio.Of"/>).</remarks>
    public static LogInterval Of(IReadOnlyList<RoundTime> a, IReadOnlyList<RoundTime> b, double level = Confidence.Default, VariancePrior? prior = null)
    {
        if (a.Count == 0 || b.Count == 0) throw new ArgumentException("both cells need at least one time");
        var rounds = Rounds(a, b);
        return rounds.Length >= 2 ? StratifiedRatio.Of(rounds, level, prior) : Unpaired(a, b, level);
    }

    /// <summary>
    /// The sample variance of the per-round log ratios over the rounds both cells ran in, on rounds − 1 degrees of
    /// freedom (null below two rounds): one member of a family's <see cref="VariancePrior.Estimate"/>.
    /// </summary>
    public static (double Variance, double Df)? LogVariance(IReadOnlyList<RoundTime> a, IReadOnlyList<RoundTime> b)
    {
        var logs = StratifiedRatio.Readings(Rounds(a, b)).Select(r => Math.Log(r)).ToArray();
        return logs.Length < 2 ? null : (LogInterval.SampleVariance(logs), logs.Length - 1);
    }

    /// <summary>What the ratio's interval stands on (<see cref="Footing"/>): below two common rounds, nothing balanced.</summary>
    public static Footing FootingOf(IReadOnlyList<RoundTime> a, IReadOnlyList<RoundTime> b)
        => Rounds(a, b) is { Length: >= 2 } rounds ? Footing.Of(rounds) : Footing.Unexplored;

    private static RoundRatio[] Rounds(IReadOnlyList<RoundTime> a, IReadOnlyList<RoundTime> b)
    {
        var perRoundA = a.ToLookup(t => t.Round);
        var perRoundB = b.ToLookup(t => t.Round);
        return perRoundA.Select(g => g.Key).Intersect(perRoundB.Select(g => g.Key)).Order()
            .Select(r => InRound(perRoundA[r].ToArray(), perRoundB[r].ToArray()))
            .ToArray();
    }

    /// <summary>
    /// One round's ratio, from each cell's median time there: balanced when both cells ran on the same two CPUs or
    /// more; within that CPU when they have one in common (a planned round, or an extra round where one cell ran on
    /// both CPUs and the other, whose work spreads anyway, on one); else the plain ratio, not placed.
    /// A balanced round's ratio is that of the two cells' mean times over the CPUs: of what each takes on average when
    /// it starts on a CPU picked at random. Why not the mean of the per-CPU ratios on the log scale (what this was):
    /// a program whose work spreads over the CPUs does not stay on the one it started on, so its start CPU pairs it
    /// with nothing. With one vCPU 1.55× slower than the other, mt(8) took about the mean of the two CPUs' times in
    /// both turns while mt(1) took one CPU's, and the per-CPU ratios' log mean read mt(8)/mt(1) 2-3 % high
    /// (1.082 and 1.086 against 1.058 and 1.061 from the mean times, in two default runs; 1.05 when both vCPUs ran at
    /// one speed): enough to leave cpu-mt-worse-with-n inconclusive against 1.1 in those runs only. For two programs
    /// that each keep their CPU, and take its speed alike, the two readings are the same ratio.
    /// </summary>
    private static RoundRatio InRound(RoundTime[] a, RoundTime[] b)
    {
        var common = a.Select(t => t.Cpu).OfType<int>().Intersect(b.Select(t => t.Cpu).OfType<int>()).Order().ToArray();
        double On(RoundTime[] times, int cpu) => Median(times.Where(t => t.Cpu == cpu));
        var extra = a.Any(t => t.Extra) || b.Any(t => t.Extra);
        var round = common.Length switch
        {
            >= 2 => Balanced(common.Average(cpu => On(a, cpu)) / common.Average(cpu => On(b, cpu))),
            1 => new RoundRatio(On(a, common[0]) / On(b, common[0]), common[0]) { OverCpus = WithSpreading(a, b) },
            _ => new RoundRatio(Median(a) / Median(b), null),
        };
        return round with { Extra = extra };
    }

    private static RoundRatio Balanced(double ratio) => new(ratio, null) { OverCpus = ratio };

    /// <summary>
    /// The round's ratio over the CPUs when one cell's work spreads (<see cref="RoundTime.Spreads"/>) and the other
    /// spread too or ran on two CPUs or more (the decide stage's rounds run it on both, a planned round its serial
    /// program): the spreading run against the other cell's mean time over its CPUs. Null otherwise. Why: such a run
    /// takes the same time whichever CPU its parent started on, so it already is what a balanced round averages to, and
    /// a round of two spreading cells is free of the CPUs' speeds whether planned or extra. Read on its start CPU
    /// alone, as the round's <see cref="RoundRatio.Ratio"/> is, such a ratio never rested on balanced rounds: one
    /// default run left mp-manager(128)/mp(128) inconclusive against its bound of 1.3 after four extra rounds of
    /// 1.39-1.46 beside planned ones of 1.38-1.79, read by t over all seven with the CPU in their spread.
    /// </summary>
    private static double? WithSpreading(RoundTime[] a, RoundTime[] b)
    {
        var (spreadsA, spreadsB) = (a.All(t => t.Spreads), b.All(t => t.Spreads));
        if (!spreadsA && !spreadsB) return null;
        return OverCpus(a, spreadsA) / OverCpus(b, spreadsB);
    }

    /// <summary>A cell's time over the CPUs in one round: a spreading run's own, else its mean over the CPUs it ran on (null below two).</summary>
    private static double? OverCpus(RoundTime[] times, bool spreads)
    {
        if (spreads) return Median(times);
        var cpus = times.Select(t => t.Cpu).OfType<int>().Distinct().ToArray();
        return cpus.Length >= 2 ? cpus.Average(cpu => Median(times.Where(t => t.Cpu == cpu))) : null;
    }

    private static double Median(IEnumerable<RoundTime> times) => Quantiles.Median(times.Select(t => t.Seconds));

    /// <summary>Geometric mean ratio with the log-scale error of a difference of two independent means (Welch).</summary>
    public static LogInterval Unpaired(IReadOnlyList<RoundTime> a, IReadOnlyList<RoundTime> b, double level = Confidence.Default)
    {
        var la = LogInterval.Of(a.Select(t => t.Seconds).ToArray());
        var lb = LogInterval.Of(b.Select(t => t.Seconds).ToArray());
        var value = la.Value / lb.Value;
        if (la.Count < 2 || lb.Count < 2) return new LogInterval(value, 0, double.PositiveInfinity, Math.Min(la.Count, lb.Count), double.NaN, level);
        var se = Math.Sqrt(la.LogSd * la.LogSd / la.Count + lb.LogSd * lb.LogSd / lb.Count);
        var n = Math.Min(la.Count, lb.Count); // conservative: the smaller sample's n - 1 degrees of freedom
        if (se == 0) return new LogInterval(value, value, value, n, 0, level);
        var half = Confidence.StudentQuantile(n - 1, level) * se;
        // The spread a paired design would see, for the rounds-to-decide estimate.
        return new LogInterval(value, value * Math.Exp(-half), value * Math.Exp(half), n, se * Math.Sqrt(n), level);
    }

}
