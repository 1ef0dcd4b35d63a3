using ParallelRepro.Vocabulary;

namespace ParallelRepro.Effort.Workloads;

/// <summary>
/// How a variant's sources are found under src/workloads (see docs/effort.md): the module
/// <c>ppp/&lt;group&gt;/&lt;variant_with_underscores&gt;.py</c> and/or the Cython file
/// <c>ppp/&lt;group&gt;/ext/&lt;variant_with_underscores&gt;.pyx</c>, for the variant names of the paper's
/// legends. Any other module is a helper, counted when a variant imports it.
/// </summary>
internal static class WorkloadConventions
{
    public const string Package = "ppp";
    public const string ExtensionFolder = "ext";

    /// <summary>Variant names of the paper's legends, in the order the table shows them.</summary>
    public static readonly string[] KnownVariants =
    [
        VariantIds.Serial, VariantIds.SerialStatic, VariantIds.Mt, VariantIds.Mp, VariantIds.MpManager,
        VariantIds.OmpNoGilStatic, VariantIds.OmpGilStatic, VariantIds.OmpGilDynamic, VariantIds.Omp,
    ];

    public static string StemOf(string variant) => variant.Replace('-', '_');

    /// <summary>
    /// Which of our variants stands for a Table 2 row. The paper's omp is the committed no-GIL code,
    /// except io_bound's, which is "omp (GIL, dynamic type)"; overhead's committed mp used Manager
    /// Value and Lock (mp-manager).
    /// </summary>
    public static IReadOnlyList<string> CandidatesFor(string group, string paperVariant) => (group, paperVariant) switch
    {
        ("overhead", "mp") => ["mp-manager", "mp"],
        (_, "mp") => ["mp", "mp-manager"],
        ("io_bound", "omp") => ["omp-gil-dynamic", "omp-gil-static", "omp-nogil-static", "omp"],
        (_, "omp") => ["omp-nogil-static", "omp-gil-static", "omp-gil-dynamic", "omp"],
        _ => [paperVariant],
    };
}
