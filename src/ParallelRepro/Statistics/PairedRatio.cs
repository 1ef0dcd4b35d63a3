namespace ParallelRepro.Statistics;

/// <summary>
/// One measured time in one round of the matrix (a round runs every cell once, in a shuffled order), and the CPU the
/// run started on (null: not placed).
/// </summary>
public readonly record struct RoundTime(int Round, double Seconds, int? Cpu = null);

/// <summary>
/// The ratio of two cells' times from paired rounds: a / b within each round both ran in, then those per-round
/// ratios' median (or, with fewer than six rounds, geometric mean) with its interval (<see cref="RatioInterval"/>).
/// Rounds run close together in time, so a slow drift of the machine's speed (this VM's median moves 0.9-1.3 s
/// between blocks) divides out of each pair. Several runs of one cell in a round (the serial baselines) count as
/// their median. Without two common rounds (a cell re-run on its own, merged legs) it falls back to the unpaired
/// ratio of the two samples' geometric means. A round whose runs all started on one CPU is compared with the rounds
/// on the same CPU first (<see cref="StratifiedRatio"/>). A round that ran both cells on two CPUs (the decide stage's
/// extra rounds) gives the mean of its per-CPU ratios on the log scale: a balanced round, free of the CPUs' speeds.
/// </summary>
public static class PairedRatio
{
    public static LogInterval Of(IReadOnlyList<RoundTime> a, IReadOnlyList<RoundTime> b, double level = Confidence.Default)
    {
        if (a.Count == 0 || b.Count == 0) throw new ArgumentException("both cells need at least one time");
        var perRoundA = a.ToLookup(t => t.Round);
        var perRoundB = b.ToLookup(t => t.Round);
        var rounds = perRoundA.Select(g => g.Key).Intersect(perRoundB.Select(g => g.Key)).Order()
            .Select(r => InRound(perRoundA[r].ToArray(), perRoundB[r].ToArray()))
            .ToArray();
        return rounds.Length >= 2 ? StratifiedRatio.Of(rounds, level) : Unpaired(a, b, level);
    }

    /// <summary>
    /// One round's ratio, from each cell's median time there: within its CPU when both cells' runs all started on the
    /// same one; the mean over CPUs of the per-CPU ratios on the log scale (balanced) when both ran on the same two
    /// CPUs or more; else the plain ratio, not placed.
    /// </summary>
    private static RoundRatio InRound(RoundTime[] a, RoundTime[] b)
    {
        var cpusA = a.Select(t => t.Cpu).Distinct().ToArray();
        var cpusB = b.Select(t => t.Cpu).Distinct().ToArray();
        if (cpusA.Length == 1 && cpusB.Length == 1)
            return new RoundRatio(Median(a) / Median(b), cpusA[0] == cpusB[0] ? cpusA[0] : null);
        if (cpusA.Length >= 2 && cpusA.All(c => c is not null) && cpusA.Order().SequenceEqual(cpusB.Order()))
        {
            var logRatio = cpusA.Average(cpu => Math.Log(Median(a.Where(t => t.Cpu == cpu)) / Median(b.Where(t => t.Cpu == cpu))));
            return new RoundRatio(Math.Exp(logRatio), null) { Balanced = true };
        }
        return new RoundRatio(Median(a) / Median(b), null);
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
