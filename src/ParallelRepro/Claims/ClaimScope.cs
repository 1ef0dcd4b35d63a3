using System.Globalization;
using ParallelRepro.Aggregation;
using ParallelRepro.Statistics;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Claims;

/// <summary>
/// The measurements of one runner × runtime × cores, as claims read them. Every accessor either
/// returns the number or throws <see cref="NotTestableException"/> saying why it does not exist.
/// </summary>
internal sealed class ClaimScope(string runner, string runtime, int cores, int logicalCores, IReadOnlyList<CellResult> cells)
{
    /// <summary>The shortest timed span a verdict may rest on; loop calibration makes every run time at least 100 ms.</summary>
    public const double MinTimedSpanS = 0.05;

    /// <summary>The paper's thread/process counts.</summary>
    public static readonly int[] PaperNs = [1, 2, 4, 8, 16, 32, 64, 128];

    public string Runner => runner;
    public string Runtime => runtime;
    /// <summary>Requested affinity (0 = all cores).</summary>
    public int Cores => cores;
    /// <summary>Logical cores the runs could use: the affinity size, or every core of the machine.</summary>
    public int LogicalCores => logicalCores;
    public IReadOnlyList<CellResult> Cells => cells;

    public bool Ran(string group) => cells.Any(c => c.Group == group);

    /// <summary>Median proc time (the paper's metric) of a variant at n threads/processes.</summary>
    public double Proc(string group, string variant, int? n) => Cell(group, variant, n).ProcTime!.Median;

    /// <summary>
    /// (main + worker user CPU seconds) / real time, the ratio the paper reads off Table 1, per run, with its interval
    /// over the cell's runs.
    /// </summary>
    public Measured UserOverReal(string group, string variant, int n)
    {
        var cell = Cell(group, variant, n);
        var ratios = cell.Samples.Where(r => r.UserS is > 0 && r.RealS > 0).ToArray();
        if (ratios.Length == 0)
            throw new NotTestableException($"{group}.{variant} at n={N(n)}: no CPU times recorded");
        var values = ratios.Select(r => r.UserS!.Value / r.RealS).ToArray();
        var looked = ratios.Any(r => r.Extra);
        var extra = ExtraRounds(cell).Count();
        return new Measured($"{variant} user/real({N(n)})", level => RatioInterval.Of(values, Confidence.AtLook(level, looked)),
            new Dictionary<string, RunsRead> { [Id(cell)] = new(ratios.Length, ratios.Count(r => r.Disturbed)) })
        {
            ExtraRounds = extra, Footing = Footing.AfterExtraRounds(extra),
        };
    }

    /// <summary>
    /// Proc time of <paramref name="a"/> over <paramref name="b"/> (n null: the serial program), from paired rounds
    /// (<see cref="PairedRatio"/>): a speedup is serial over variant, a slowdown variant over serial.
    /// </summary>
    public Measured Ratio(string label, string group, (string Variant, int? N) a, (string Variant, int? N) b)
    {
        var (ca, cb) = (Cell(group, a.Variant, a.N), Cell(group, b.Variant, b.N));
        // A results.json written before runs carried their rounds has only each cell's sorted times: unpaired then.
        var (ta, tb) = (Times(ca), Times(cb));
        var paired = ca.Samples.Count > 0 && cb.Samples.Count > 0;
        Func<double, LogInterval> interval = paired
            ? level => PairedRatio.Of(ta, tb, level, Prior(group))
            : level => PairedRatio.Unpaired(ta, tb, level);
        return new Measured(label, interval, new[] { ca, cb }.DistinctBy(Id).ToDictionary(Id, RunsOf))
        {
            ExtraRounds = ExtraRounds(ca).Intersect(ExtraRounds(cb)).Count(),
            Footing = paired ? PairedRatio.FootingOf(ta, tb) : Footing.Unexplored,
        };
    }

    /// <summary>The slowest over the fastest of a variant's cells over <paramref name="ns"/> (by median): how much its time changes with n.</summary>
    public Measured Spread(string group, string variant, NSet ns)
    {
        if (ns.Run.Count < 2) throw new NotTestableException($"{group}.{variant} run at one n only; 'does not change with n' needs two");
        var slowest = ns.MaxBy(n => Proc(group, variant, n));
        var fastest = ns.MinBy(n => Proc(group, variant, n));
        return Ratio($"{variant}({N(slowest)})/{variant}({N(fastest)})", group, (variant, slowest), (variant, fastest));
    }

    /// <summary>"cpu_bound.mt@8": how a cell is named in a condition's list of cells (serial programs are planned at n = 1).</summary>
    public static string Id(CellResult cell) => $"{cell.Group}.{cell.Variant}@{cell.Workers.ToString(CultureInfo.InvariantCulture)}";

    private RoundTime[] Times(CellResult cell)
        => cell.Samples.Count > 0 ? Times(cell, cell.Samples)
            : (cell.ProcTimesS ?? [cell.ProcTime!.Median]).Select(t => new RoundTime(-1, t)).ToArray();

    private RoundTime[] Times(CellResult cell, IEnumerable<RunSample> samples)
    {
        var spreads = VariantIds.SpreadsOverCpus(cell.Variant, cell.Workers, logicalCores);
        return samples.Select(r => new RoundTime(r.Round, r.ProcS, r.StartCpu, r.Extra, spreads)).ToArray();
    }

    private readonly Dictionary<string, VariancePrior?> priors = new(StringComparer.Ordinal);

    /// <summary>
    /// The variance prior of a group's ratios (<see cref="VariancePrior"/>): the family is every other cell of the
    /// group over its serial program, from the planned rounds only (those the prior moderates; the decide stage's
    /// rounds are fewer cells, chosen for being undecided, and balanced). A ratio of two non-serial cells
    /// (mt(8)/mt(1)) takes the same prior: its rounds share the group's machine state and sizes. Cells a verdict may
    /// not rest on (under <see cref="MinTimedSpanS"/>, wrong output, no run) stay out, as their spread is of another kind.
    /// </summary>
    private VariancePrior? Prior(string group)
    {
        if (priors.TryGetValue(group, out var known)) return known;
        VariancePrior? prior = null;
        try
        {
            var serial = PlannedTimes(Cell(group, VariantIds.Serial, null));
            prior = VariancePrior.Estimate(cells.Where(c => c.Group == group && c.Variant != VariantIds.Serial && c.Samples.Count > 0 && Unusable(c, c.Workers) is null)
                .Select(c => PairedRatio.LogVariance(PlannedTimes(c), serial))
                .OfType<(double, double)>());
        }
        catch (NotTestableException)
        {
            // No usable serial program: each ratio's interval stands on its own.
        }
        return priors[group] = prior;
    }

    private RoundTime[] PlannedTimes(CellResult cell) => Times(cell, cell.Samples.Where(r => !r.Extra));

    private static RunsRead RunsOf(CellResult cell) => new(cell.Samples.Count, cell.Samples.Count(r => r.Disturbed));

    /// <summary>The rounds the decide stage ran this cell in (a run with a purpose).</summary>
    private static IEnumerable<int> ExtraRounds(CellResult cell) => cell.Samples.Where(r => r.Extra).Select(r => r.Round).Distinct();

    /// <summary>The n of <paramref name="wanted"/> at which the variant was run (at least one, or not testable), and those it was not.</summary>
    public NSet Ns(string group, string variant, IEnumerable<int> wanted)
    {
        var set = wanted.ToArray();
        var run = Variant(group, variant).Select(c => c.Workers).Distinct().Where(set.Contains).Order().ToArray();
        if (run.Length == 0)
            throw new NotTestableException($"{group}.{variant} not run at any n in {{{NSet.Text(set)}}} (ran n = {RanNs(group, variant)})");
        return new NSet(run, set.Except(run).ToArray());
    }

    /// <summary>The n of <paramref name="wanted"/> at which every listed variant was run.</summary>
    public NSet CommonNs(string group, IEnumerable<int> wanted, params string[] variants)
    {
        var set = wanted.ToArray();
        var common = variants.Select(v => Ns(group, v, set).Run).Aggregate((a, b) => a.Intersect(b).ToArray());
        if (common.Count == 0)
            throw new NotTestableException($"{string.Join(" and ", variants.Select(v => $"{group}.{v}"))} were never run at the same n");
        return new NSet(common, set.Except(common).ToArray());
    }

    public static IReadOnlyList<int> Range(int from, int to) => PaperNs.Where(n => n >= from && n <= to).ToArray();

    private CellResult Cell(string group, string variant, int? n)
    {
        var mine = Variant(group, variant);
        var cell = n is null ? mine.FirstOrDefault(c => c.ProcTime is not null) ?? mine[0] : mine.FirstOrDefault(c => c.Workers == n);
        if (cell is null)
            throw new NotTestableException($"{group}.{variant} not run at n={N(n)} (ran n = {RanNs(group, variant)})");
        return Unusable(cell, n) is { } why ? throw new NotTestableException(why) : cell;
    }

    /// <summary>Why no verdict may rest on this cell's times (null: it may); <paramref name="n"/> as it was asked for (null: the serial program).</summary>
    private string? Unusable(CellResult cell, int? n)
    {
        var where = $"{cell.Group}.{cell.Variant}{(n is null ? "" : $" at n={N(n)}")}";
        // A time measured while computing a wrong answer is not a time of this variant: do not decide on it.
        if (cell.Statuses.TryGetValue("wrong-output", out var wrong))
            return $"{where}: {wrong} run(s) computed an output different from serial's";
        if (cell.ProcTime is null)
            return $"{where}: no successful run ({string.Join(", ", cell.Statuses.Select(s => $"{s.Key} ×{s.Value}"))})";
        // A span this short measures process start-up and scheduling, not the effect: no verdict rests on it. (The
        // paper's printed numbers are taken as they were printed: its 10-20 ms overhead bars are its own claim's basis.)
        if (runner != PaperResults.Runner && cell.Samples.Count > 0 && Quantiles.Median(cell.Samples.Select(r => r.TimedS)) is var span && span < MinTimedSpanS)
            return string.Create(CultureInfo.InvariantCulture,
                $"{where}: its runs timed a median {span * 1000:0} ms of work (under {MinTimedSpanS * 1000:0} ms: start-up noise, not the effect)");
        return null;
    }

    private IReadOnlyList<CellResult> Variant(string group, string variant)
    {
        if (!Ran(group)) throw new NotTestableException($"{group} not run");
        var mine = cells.Where(c => c.Group == group && c.Variant == variant).ToArray();
        if (mine.Length == 0) throw new NotTestableException($"{group}.{variant} not run");
        if (mine.All(c => c.Statuses.Keys.All(s => s == "unavailable")))
            throw new NotTestableException($"{group}.{variant} unavailable{(mine.SelectMany(c => c.Reasons).FirstOrDefault() is { } why ? $" ({why.Replace("unavailable: ", "", StringComparison.Ordinal)})" : "")}");
        return mine;
    }

    private string RanNs(string group, string variant)
        => string.Join(", ", cells.Where(c => c.Group == group && c.Variant == variant).Select(c => c.Workers).Distinct().Order().Select(n => N(n)));

    private static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
