namespace ParallelRepro.Vocabulary;

/// <summary>The paper's legend text for each variant id, and the order its figures use.</summary>
internal static class VariantNames
{
    private static readonly (string Id, string Legend)[] Known =
    [
        (VariantIds.Serial, "serial"),
        (VariantIds.SerialStatic, "serial (static type)"),
        (VariantIds.Mt, "mt"),
        (VariantIds.Mp, "mp"),
        (VariantIds.MpManager, "mp (manager Value and Lock)"),
        (VariantIds.Omp, "omp"),
        (VariantIds.OmpNoGilStatic, "omp (no GIL, static type)"),
        (VariantIds.OmpGilDynamic, "omp (GIL, dynamic type)"),
        (VariantIds.OmpGilStatic, "omp (GIL, static type)"),
    ];

    public static string Legend(string variant)
        => Known.FirstOrDefault(k => k.Id == variant).Legend ?? variant;

    /// <summary>The variant id of a legend in the paper's figures ("omp (GIL)" is Figure 6's name for omp).</summary>
    public static string FromLegend(string legend)
        => legend == "omp (GIL)" ? VariantIds.Omp : Known.FirstOrDefault(k => k.Legend == legend).Id ?? legend;

    /// <summary>Sort key: the paper's order first, unknown variants after, alphabetically.</summary>
    public static int Order(string variant)
    {
        var index = Array.FindIndex(Known, k => k.Id == variant);
        return index < 0 ? Known.Length : index;
    }

    public static IEnumerable<string> Sorted(IEnumerable<string> variants)
        => variants.Distinct().OrderBy(Order).ThenBy(v => v, StringComparer.Ordinal);
}
