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
    /// <summary>The best speedup of each program on <see cref="HeadlineScope"/>.</summary>
    public required IReadOnlyList<Headline> Headlines { get; init; }
    /// <summary>The runner × runtime × cores of the headlines: the report's first Python one (null: no Python was measured).</summary>
    public string? HeadlineScope { get; init; }

    internal static ReportSummary Of(ReportContext report, string folder) => new()
    {
        Commit = report.Commit,
        Folder = folder,
        CreatedUtc = report.Results.CreatedUtc,
        Profiles = report.Results.Profiles,
        Runners = report.Results.Runners.Select(r => r.Runner).ToArray(),
        Runtimes = report.Results.Runners.SelectMany(r => r.Runtimes).Distinct().Order(StringComparer.Ordinal).ToArray(),
        Counts = report.Counts,
        Headlines = PythonScope(report) is { } scope ? Reporting.Headlines.Of(scope) : [],
        HeadlineScope = PythonScope(report) is { } named ? ReportContext.Title(named) : null,
    };

    private static ClaimScope? PythonScope(ReportContext report) => report.PythonScopes.FirstOrDefault();

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
