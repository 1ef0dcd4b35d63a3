using ParallelRepro.Claims;
using ParallelRepro.Common;

namespace ParallelRepro.Reporting.Site;

/// <summary>
/// A report in a few numbers (data/summary.json): what the index of all reports lists, so that the
/// index never has to parse a whole report.
/// </summary>
public sealed record ReportSummary
{
    public const int CurrentSchema = 1;
    public const string FileName = "summary.json";

    public int SchemaVersion { get; init; } = CurrentSchema;
    public required string Commit { get; init; }
    /// <summary>The report's folder name under reports/.</summary>
    public required string Folder { get; init; }
    /// <summary>When the results were aggregated: the date a reader sorts reports by.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }
    public required IReadOnlyList<string> Profiles { get; init; }
    public required IReadOnlyList<string> Runners { get; init; }
    public required IReadOnlyList<string> Runtimes { get; init; }
    public required VerdictCounts Counts { get; init; }
    /// <summary>The best speedup of each program on the report's first Python runner × runtime × cores (never a .NET one).</summary>
    public required IReadOnlyList<Headline> Headlines { get; init; }

    internal static ReportSummary Of(ReportContext report, string folder) => new()
    {
        Commit = report.Commit,
        Folder = folder,
        CreatedUtc = report.Results.CreatedUtc,
        Profiles = report.Results.Profiles,
        Runners = report.Results.Runners.Select(r => r.Runner).ToArray(),
        Runtimes = report.Results.Runners.SelectMany(r => r.Runtimes).Distinct().Order(StringComparer.Ordinal).ToArray(),
        Counts = report.Counts,
        Headlines = report.PythonScopes.Count == 0 ? [] : Reporting.Headlines.Of(report.PythonScopes[0]),
    };

    public static ReportSummary? TryRead(string path)
    {
        try
        {
            var summary = Json.ReadFile<ReportSummary>(path, "report summary");
            return summary.SchemaVersion == CurrentSchema ? summary : null;
        }
        catch (ReproException)
        {
            return null; // a damaged or foreign folder is left out of the index, not fatal to it
        }
    }
}
