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

    /// <summary>
    /// Above the stages, like the CLI: the build script's logic (BuildTasks, which drives the stages through
    /// <c>repro</c>) and the test summary (Testing). They may use any stage; no stage or shared namespace uses them.
    /// </summary>
    public static readonly string[] Tooling = ["BuildTasks", "Testing"];

    public static string Namespace(string folder) => $"{Root}.{folder}";

    /// <summary>The folder of a namespace of the library (<c>ParallelRepro.Effort.Workloads</c>: Effort), or null outside it.</summary>
    public static string? Folder(string? ns)
        => ns is not null && ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;

    /// <summary>Where a namespace sits: -1 for the shared layer, the stage's index in <see cref="Stages"/>, above every stage for the tooling, or null outside the library.</summary>
    public static int? Rank(string? ns) => Folder(ns) switch
    {
        { } f when Shared.Contains(f) => -1,
        { } f when Stages.Contains(f) => Array.IndexOf(Stages, f),
        { } f when Tooling.Contains(f) => Stages.Length,
        _ => null,
    };

    /// <summary>A regular expression for the namespaces of <paramref name="folders"/> and their sub-namespaces.</summary>
    public static string Pattern(IEnumerable<string> folders)
        => $@"^{Root.Replace(".", @"\.", StringComparison.Ordinal)}\.({string.Join('|', folders)})(\..+)?$";
}
