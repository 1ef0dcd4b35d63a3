namespace ParallelRepro.Tests.Architecture;

/// <summary>
/// The layers of the pipeline library (docs/ARCHITECTURE.md, "Layers and dependency rules"): the one place the
/// stage order is written down. The architecture tests read it, and a test checks that the document lists the
/// same namespaces in the same order.
/// </summary>
internal static class Layers
{
    public const string Root = "ParallelRepro";

    /// <summary>Below every stage: the words, facts and helpers all stages share. They reference only each other.</summary>
    public static readonly string[] Shared = ["Common", "Vocabulary", "Statistics", "Configuration", "Platforms", "Paper"];

    /// <summary>The stages in the order the data flows. A stage references the shared layer and earlier stages only.</summary>
    public static readonly string[] Stages =
    [
        "Toolchain", "Building", "Data", "Planning", "Running", "DotNetBench", "Profiling",
        "Aggregation", "Effort", "Claims", "Deciding", "Reproducibility", "Reporting", "Publishing",
    ];

    public static string Namespace(string folder) => $"{Root}.{folder}";

    /// <summary>A regular expression for the namespaces of <paramref name="folders"/> and their sub-namespaces.</summary>
    public static string Pattern(IEnumerable<string> folders)
        => $@"^{Root.Replace(".", @"\.", StringComparison.Ordinal)}\.({string.Join('|', folders)})(\..+)?$";
}
