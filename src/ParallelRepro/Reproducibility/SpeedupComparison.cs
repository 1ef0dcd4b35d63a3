using System.Globalization;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Planning;

namespace ParallelRepro.Reproducibility;

/// <summary>
/// How reproducible the speedups are between two runners (two machines, or two runs of one machine under
/// two labels). Each speedup is a variant's median proc time against the serial of the same runner,
/// runtime and cores, as the aggregate computes it; the cells of the two runners are paired by
/// (runtime, cores, group, variant, n). A pair is compared when both medians are above a floor (below it,
/// timer and start-up noise dominate), and is within tolerance when |B/A − 1| ≤ tolerance.
/// Serial cells are left out: their speedup is the baseline itself.
/// </summary>
internal static class SpeedupComparison
{
    /// <summary>Aggregates the records under the runs folders (every runner, as <c>repro aggregate</c> does) and compares two of their runners.</summary>
    public static SpeedupComparisonReport Compare(IReadOnlyList<string> runsRoots, string runnerA, string runnerB, ComparisonCriteria criteria, TimeProvider clock)
    {
        criteria.Validate(); // before reading any record
        return Compare(Aggregator.Aggregate(runsRoots, clock), runnerA, runnerB, criteria, clock, $" under {string.Join(", ", runsRoots)}");
    }

    /// <param name="where">Where the records came from, for the error of an unknown runner (" under artifacts/runs").</param>
    public static SpeedupComparisonReport Compare(Results results, string runnerA, string runnerB, ComparisonCriteria criteria, TimeProvider clock, string where = "")
    {
        criteria.Validate();
        var found = results.Runners.Select(r => r.Runner).ToArray();
        foreach (var label in new[] { runnerA, runnerB })
            if (!found.Contains(label, StringComparer.Ordinal))
                throw new ReproException($"unknown runner '{label}': no records of it{where} (runners found: {string.Join(", ", found)})");
        if (runnerA == runnerB)
            throw new ReproException($"both runners are '{runnerA}': compare two different runners (runners found: {string.Join(", ", found)})");

        var a = Parallel(results, runnerA);
        var b = Parallel(results, runnerB);
        var compared = new List<ComparedCell>();
        var skipped = new List<SkippedCell>();
        var withSpeedupInBoth = 0;
        foreach (var cell in a.Keys.Union(b.Keys).OrderBy(Label, StringComparer.Ordinal))
        {
            if (!b.TryGetValue(cell, out var inB))
            {
                skipped.Add(new SkippedCell(cell, SkipReason.OnlyInA, $"no such cell in {runnerB}"));
                continue;
            }
            if (!a.TryGetValue(cell, out var inA))
            {
                skipped.Add(new SkippedCell(cell, SkipReason.OnlyInB, $"no such cell in {runnerA}"));
                continue;
            }
            var missing = new[] { (runnerA, inA), (runnerB, inB) }.Select(x => WhyNoSpeedup(x.Item1, x.Item2)).OfType<string>().ToArray();
            if (missing.Length > 0)
            {
                skipped.Add(new SkippedCell(cell, SkipReason.NoSpeedup, string.Join("; ", missing)));
                continue;
            }
            withSpeedupInBoth++;
            var (sideA, sideB) = (Side(inA), Side(inB));
            if (!(sideA.MedianS > criteria.MinMedianS && sideB.MedianS > criteria.MinMedianS))
            {
                skipped.Add(new SkippedCell(cell, SkipReason.BelowMinMedian, Invariant(
                    $"median {sideA.MedianS:0.###} s in {runnerA}, {sideB.MedianS:0.###} s in {runnerB} (not above {criteria.MinMedianS:0.###} s in both)")));
                continue;
            }
            compared.Add(new ComparedCell(cell, sideA, sideB, Math.Abs(sideB.Speedup / sideA.Speedup - 1) <= criteria.Tolerance));
        }

        if (withSpeedupInBoth == 0)
            throw new ReproException($"no common cells: {runnerA} ({Describe(a.Keys)}) and {runnerB} ({Describe(b.Keys)}) share no parallel cell " +
                "(runtime, cores, program, n) with a speedup in both");
        if (compared.Count == 0)
        {
            var highest = skipped.Where(s => s.Why == SkipReason.BelowMinMedian).Select(s => Math.Min(a[s.Cell].ProcTime!.Median, b[s.Cell].ProcTime!.Median)).Max();
            throw new ReproException(Invariant(
                $"no common cell of {runnerA} and {runnerB} has a median above {criteria.MinMedianS:0.###} s in both ({withSpeedupInBoth} common cell(s); the highest median reached in both is {highest:0.###} s): lower --min-median"));
        }

        return new SpeedupComparisonReport
        {
            CreatedUtc = clock.GetUtcNow(),
            RunnerA = results.Runners.Single(r => r.Runner == runnerA),
            RunnerB = results.Runners.Single(r => r.Runner == runnerB),
            Tolerance = criteria.Tolerance,
            MinMedianS = criteria.MinMedianS,
            Sources = results.Sources,
            Cells = compared.OrderByDescending(c => Math.Abs(c.RelativeDifference)).ThenBy(c => Label(c.Cell), StringComparer.Ordinal).ToArray(),
            Skipped = skipped,
        };
    }

    /// <summary>"python3 · all cores · cpu_bound.mp n=4": how tables and messages name a cell.</summary>
    public static string Label(Cell cell)
        => string.Create(CultureInfo.InvariantCulture, $"{cell.Runtime} · {(cell.Cores == 0 ? "all cores" : $"{cell.Cores} core(s)")} · {cell.Program} n={cell.Workers}");

    private static Dictionary<Cell, CellResult> Parallel(Results results, string runner)
        => results.Cells.Where(c => c.Runner == runner)
            .Select(c => (Cell: new Cell(c.Runtime, c.Cores, c.Group, c.Variant, c.Workers), Result: c))
            .Where(x => !x.Cell.IsSerial)
            .ToDictionary(x => x.Cell, x => x.Result);

    private static string? WhyNoSpeedup(string runner, CellResult cell)
    {
        if (cell.ProcTime is null)
            return $"no successful run in {runner} ({string.Join(", ", cell.Statuses.Select(s => $"{s.Key}: {s.Value}"))})";
        if (cell.Speedup is not { } speedup)
            return $"no successful serial run of {cell.Group} on {cell.Runtime} in {runner}";
        return double.IsFinite(speedup) && speedup > 0 ? null : Invariant($"speedup {speedup} in {runner} is not a positive number");
    }

    private static SpeedupSide Side(CellResult cell)
        => new(cell.ProcTime!.Median, cell.Speedup!.Value, cell.SpeedupLow ?? cell.Speedup.Value, cell.SpeedupHigh ?? cell.Speedup.Value);

    private static string Describe(IEnumerable<Cell> cells)
    {
        var list = cells.ToArray();
        return list.Length == 0 ? "no parallel cells" : $"{list.Length} parallel cell(s) of {string.Join(", ", list.Select(c => c.Runtime).Distinct().Order(StringComparer.Ordinal))}";
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}

/// <summary>What counts as reproducible, with the defaults of the acceptance criterion (±10 % above 0.2 s).</summary>
public sealed record ComparisonCriteria(double Tolerance = ComparisonCriteria.DefaultTolerance, double MinMedianS = ComparisonCriteria.DefaultMinMedianS)
{
    public const double DefaultTolerance = 0.10;
    public const double DefaultMinMedianS = 0.2;

    /// <summary>The rules of the two settings (SettingsSchema), for criteria that did not come from the command line.</summary>
    public void Validate()
    {
        SettingsSchema.Tolerance.Validate(Tolerance);
        SettingsSchema.MinMedian.Validate(MinMedianS);
    }
}
