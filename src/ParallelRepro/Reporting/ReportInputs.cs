using ParallelRepro.Claims;
using ParallelRepro.Configuration;

namespace ParallelRepro.Reporting;

/// <summary>
/// The files a report is built from: results.json (+ effort.json, profiles/) for the numbers, claims.json
/// (the claims stage's verdicts, read, never decided again), and optionally results.csv and DEVIATIONS.md to
/// ship beside them. A report's own data folder is a valid source, so a report can be rebuilt from it alone.
/// </summary>
internal sealed record ReportInputs(ClaimSources Sources, string ClaimsJson, string? ResultsCsv, string? Deviations)
{
    public const string CsvFileName = "results.csv";
    public const string DeviationsFileName = "DEVIATIONS.md";

    /// <summary>What the pipeline wrote under artifacts/, and the checkout's list of deviations.</summary>
    public static ReportInputs FromArtifacts(RepoLayout layout)
        => new(ClaimSources.In(layout.Artifacts), Path.Combine(layout.Artifacts, ClaimsFile.FileName), Existing(layout.ResultsCsv),
            Existing(Path.Combine(layout.Workloads, DeviationsFileName)));

    /// <summary>A folder with results.json, claims.json and any of the other files under their usual names.</summary>
    public static ReportInputs FromFolder(string folder)
        => new(ClaimSources.In(folder), Path.Combine(folder, ClaimsFile.FileName), Existing(Path.Combine(folder, CsvFileName)),
            Existing(Path.Combine(folder, DeviationsFileName)));

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
