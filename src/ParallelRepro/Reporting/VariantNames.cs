namespace ParallelRepro.Reporting;

/// <summary>The paper's legend text for each variant id, and the order its figures use.</summary>
internal static class VariantNames
{
    private static readonly (string Id, string Legend)[] Known =
    [
        ("serial", "serial"),
        ("serial-static", "serial (static type)"),
        ("mt", "mt"),
        ("mp", "mp"),
        ("mp-manager", "mp (manager Value and Lock)"),
        ("omp", "omp"),
        ("omp-nogil-static", "omp (no GIL, static type)"),
        ("omp-gil-dynamic", "omp (GIL, dynamic type)"),
        ("omp-gil-static", "omp (GIL, static type)"),
    ];

    public static string Legend(string variant)
        => Known.FirstOrDefault(k => k.Id == variant).Legend ?? variant;

    /// <summary>The variant id of a legend in the paper's figures ("omp (GIL)" is Figure 6's name for omp).</summary>
    public static string FromLegend(string legend)
        => legend == "omp (GIL)" ? "omp" : Known.FirstOrDefault(k => k.Legend == legend).Id ?? legend;

    public static bool IsSerial(string variant) => variant.StartsWith("serial", StringComparison.Ordinal);

    /// <summary>Sort key: the paper's order first, unknown variants after, alphabetically.</summary>
    public static int Order(string variant)
    {
        var index = Array.FindIndex(Known, k => k.Id == variant);
        return index < 0 ? Known.Length : index;
    }

    public static IEnumerable<string> Sorted(IEnumerable<string> variants)
        => variants.Distinct().OrderBy(Order).ThenBy(v => v, StringComparer.Ordinal);
}
