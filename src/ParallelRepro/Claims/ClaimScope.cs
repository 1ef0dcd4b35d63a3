using System.Globalization;
using ParallelRepro.Aggregation;

namespace ParallelRepro.Claims;

/// <summary>
/// The measurements of one runner × runtime × cores, as claims read them. Every accessor either
/// returns the number or throws <see cref="NotTestableException"/> saying why it does not exist.
/// </summary>
internal sealed class ClaimScope(string runner, string runtime, int cores, int logicalCores, IReadOnlyList<CellResult> cells)
{
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

    /// <summary>Median proc time of the serial program of <paramref name="group"/>.</summary>
    public double Serial(string group) => Proc(group, "serial", null);

    /// <summary>Median proc time (the paper's metric) of a variant at n threads/processes.</summary>
    public double Proc(string group, string variant, int? n) => Cell(group, variant, n).ProcTime!.Median;

    /// <summary>(main + worker user CPU seconds) / real time, the ratio the paper reads off Table 1.</summary>
    public double UserOverReal(string group, string variant, int n)
    {
        var cell = Cell(group, variant, n);
        if (cell.UserS is not { } user || cell.RealTime is not { Median: > 0 } real)
            throw new NotTestableException($"{group}.{variant} at n={N(n)}: no CPU times recorded");
        return (user + (cell.WorkerUserS ?? 0)) / real.Median;
    }

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
        // A time measured while computing a wrong answer is not a time of this variant: do not decide on it.
        if (cell.Statuses.TryGetValue("wrong-output", out var wrong))
            throw new NotTestableException($"{group}.{variant}{(n is null ? "" : $" at n={N(n)}")}: {wrong} run(s) computed an output different from serial's");
        if (cell.ProcTime is null)
            throw new NotTestableException($"{group}.{variant}{(n is null ? "" : $" at n={N(n)}")}: no successful run ({string.Join(", ", cell.Statuses.Select(s => $"{s.Key} ×{s.Value}"))})");
        return cell;
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
