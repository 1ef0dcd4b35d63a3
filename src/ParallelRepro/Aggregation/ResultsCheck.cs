using System.Globalization;
using ParallelRepro.Common;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Aggregation;

/// <summary>
/// Refuses a results file whose derived numbers do not follow from its measurements: a speedup edited by hand would
/// otherwise reach the claims and the report unchecked. Each cell's median must be its run times' median (when the
/// run times are kept), its speedup its serial's median over its own, its efficiency speedup / n, and its speedup
/// inside its interval.
/// </summary>
internal static class ResultsCheck
{
    // Hand-made fixtures and other tools round to 6 decimals (or 6 significant digits); the report shows at most 4
    // significant digits, so any edit a reader could see is still caught.
    private const double Tolerance = 1e-5;
    private const double Rounding = 1e-6; // two rounded numbers (speedup, then efficiency from it)

    public static void Verify(Results results, string path)
    {
        var serial = results.Cells.Where(c => VariantIds.IsBaseline(c.Variant) && c.ProcTime is not null)
            .ToDictionary(c => (c.Runner, c.Runtime, c.Cores, c.Group), c => c.ProcTime!.Median);
        foreach (var cell in results.Cells)
            if (Problem(cell, serial.TryGetValue((cell.Runner, cell.Runtime, cell.Cores, cell.Group), out var s) ? s : null) is { } problem)
                throw new ReproException($"{path}: cell {Name(cell)}: {problem}; re-run 'repro aggregate' rather than editing results");
    }

    private static string? Problem(CellResult cell, double? serialMedian)
    {
        var median = cell.ProcTime?.Median;
        if (cell.ProcTimesS is { Count: > 0 } times && median is { } m && !Same(m, Statistics.Quantiles.Median(times)))
            return $"median proc time {Num(m)} is not the median of its run times ({Num(Statistics.Quantiles.Median(times))})";
        var expected = median is > 0 && serialMedian is { } s ? s / median : null;
        if (!Same(cell.Speedup, expected))
            return $"speedup {Num(cell.Speedup)} does not equal serial's median over this cell's ({Num(expected)})";
        if (cell.Speedup is { } speedup && (cell.SpeedupLow > speedup * (1 + Tolerance) || cell.SpeedupHigh < speedup * (1 - Tolerance)))
            return $"speedup {Num(speedup)} lies outside its interval {Num(cell.SpeedupLow)}–{Num(cell.SpeedupHigh)}";
        var efficiency = VariantIds.IsSerial(cell.Variant) ? null : cell.Speedup / cell.Workers;
        return Same(cell.Efficiency, efficiency) ? null : $"efficiency {Num(cell.Efficiency)} does not equal speedup / n ({Num(efficiency)})";
    }

    private static bool Same(double? a, double? b)
        => a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= Math.Max(Rounding, Tolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)));

    private static string Name(CellResult c)
        => string.Create(CultureInfo.InvariantCulture, $"{c.Runner}/{c.Runtime}/cores={c.Cores}/{c.Group}.{c.Variant}/n={c.Workers}");

    private static string Num(double? value) => value?.ToString("G6", CultureInfo.InvariantCulture) ?? "none";
}
