namespace ParallelRepro.Claims.Checks;

/// <summary>
/// table1-native-parallel-user-time: at n=8 the natively parallel variants keep about every core busy
/// (user CPU ≈ cores × real), the GIL-bound ones about one.
/// </summary>
internal sealed class Table1NativeParallelUserTime : IMeasuredClaim
{
    // The triangular loop split into 8 contiguous chunks can keep at most 64/15 ≈ 4.27 workers busy.
    private const double TriangularCap = 64.0 / 15;

    private static readonly (string Group, string Variant, double Cap)[] Parallel =
        [("cpu_bound", "mp", TriangularCap), ("cpu_bound", "omp-nogil-static", TriangularCap), ("memory_bound", "mp", 8)];

    private static readonly (string Group, string Variant)[] GilBound =
        [("cpu_bound", "mt"), ("memory_bound", "mt"), ("cpu_bound", "omp-gil-static")];

    public string Id => "table1-native-parallel-user-time";

    public ClaimNeeds Needs { get; } = new(["cpu_bound", "memory_bound"], MinCores: 2, CoresWhy: "on one core parallel and GIL-bound variants both use one core");

    public void Check(ClaimScope s, Evidence e)
    {
        foreach (var (group, variant, cap) in Parallel)
        {
            // "About cores × real": at least 3/4 of the cores the work split can use; above that only noise (user CPU cannot exceed cores × real).
            var expected = 0.75 * Math.Min(s.LogicalCores, cap);
            e.Check($"{group}.{variant}: user CPU / real at n=8 ≥ 0.75 × min(cores, {Condition.Format(cap)}) = {Condition.Format(expected)}",
                () => s.UserOverReal(group, variant, 8), Bound.AtLeast(expected));
        }
        foreach (var (group, variant) in GilBound)
            e.Check($"{group}.{variant}: user CPU / real at n=8 ≤ 1.3", () => s.UserOverReal(group, variant, 8), Bound.AtMost(1.3));
    }
}
