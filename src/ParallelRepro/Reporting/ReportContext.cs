using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Common;
using ParallelRepro.Reporting.Figures;

namespace ParallelRepro.Reporting;

/// <summary>What every section of a report reads: the data, the verdicts, where figures go, and when.</summary>
internal sealed class ReportContext(ClaimInputs inputs, ClaimsReport claims, FigureSink figures, IReadOnlyList<string> dataFiles, string dataDir, DateTimeOffset generatedUtc)
{
    public Results Results => inputs.Results;
    public IEffortTable? Effort => inputs.Effort;
    public ClaimsReport Claims => claims;
    public FigureSink Figures => figures;
    /// <summary>Files of the data folder, relative to the report folder (e.g. data/results.json).</summary>
    public IReadOnlyList<string> DataFiles => dataFiles;
    public string DataDir => dataDir;
    public DateTimeOffset GeneratedUtc => generatedUtc;
    public IReadOnlyList<ClaimScope> Scopes { get; } = ClaimEvaluator.Scopes(inputs.Results);
    public string Commit { get; } = inputs.Results.Commits.LastOrDefault() ?? "unknown";
    public string ShortCommit => GitInfo.ShortName(Commit);

    public bool HasData(string relative) => dataFiles.Contains(relative, StringComparer.Ordinal);

    /// <summary>Python scopes first-class: the index's headline and the paper's claims are about Python.</summary>
    public bool IsPython(ClaimScope scope)
        => Results.Runners.FirstOrDefault(r => r.Runner == scope.Runner)?.RuntimeFacts.GetValueOrDefault(scope.Runtime)?.Implementation
            != DotNetComparisonSection.Implementation;

    public static string Title(ClaimScope scope)
        => $"{scope.Runner} · {scope.Runtime} · {(scope.Cores == 0 ? $"all {scope.LogicalCores} cores" : $"{scope.Cores} of {scope.LogicalCores} cores")}";

    /// <summary>A file-name part naming a scope.</summary>
    public static string Slug(ClaimScope scope)
        => $"{scope.Runner}-{scope.Runtime}-{(scope.Cores == 0 ? "all" : scope.Cores.ToString(System.Globalization.CultureInfo.InvariantCulture))}cores";
}
