using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting;

/// <summary>The best speedup over serial of one program on one runner: the number a reader looks for first.</summary>
public sealed record Headline(string Group, string Variant, int Workers, double Speedup);

internal static class Headlines
{
    /// <summary>Per program, the fastest parallel variant (any n) relative to serial, in the given scope.</summary>
    public static IReadOnlyList<Headline> Of(ClaimScope scope)
        => scope.Cells.Where(c => c.Speedup is > 0 && !VariantIds.IsSerial(c.Variant))
            .GroupBy(c => c.Group).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => c.Speedup).ThenBy(c => c.Workers).First())
            .Select(c => new Headline(c.Group, c.Variant, c.Workers, c.Speedup!.Value)).ToArray();

    /// <summary>The n closest to <paramref name="target"/> (on a doubling scale) among those run; ties go to the larger n.</summary>
    public static int? Nearest(IEnumerable<CellResult> cells, int target)
        => cells.Select(c => c.Workers).Distinct()
            .OrderBy(n => Math.Abs(Math.Log2(n) - Math.Log2(Math.Max(1, target)))).ThenByDescending(n => n)
            .Cast<int?>().FirstOrDefault();
}
