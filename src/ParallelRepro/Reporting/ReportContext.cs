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

    /// <summary>
    /// The scopes the paper's claims are about: Python runtimes only. The .NET programs have no GIL, threading or
    /// multiprocessing to test; they have their own section, and are never a claim scope or a headline.
    /// </summary>
    public IReadOnlyList<ClaimScope> PythonScopes => Scopes.Where(s => !IsDotNet(s.Runner, s.Runtime)).ToArray();

    /// <summary>The verdicts the report shows: claims.json's outcomes on Python runtimes, and those decided once.</summary>
    public IReadOnlyList<ClaimOutcome> Outcomes => claims.Outcomes.Where(o => !IsDotNet(o.Runner, o.Runtime)).ToArray();

    public VerdictCounts Counts => VerdictCounts.Of(Outcomes);

    /// <summary>Whether the results say this runner's runtime is .NET (a claims file from before .NET left the claim scopes may list it).</summary>
    public bool IsDotNet(string? runner, string? runtime) => Results.RanDotNetPrograms(runner, runtime);

    public bool HasData(string relative) => dataFiles.Contains(relative, StringComparer.Ordinal);

    public static string Title(ClaimScope scope)
        => $"{scope.Runner} · {scope.Runtime} · {(scope.Cores == 0 ? $"all {scope.LogicalCores} cores" : $"{scope.Cores} of {scope.LogicalCores} cores")}";

    /// <summary>A file-name part naming a scope.</summary>
    public static string Slug(ClaimScope scope)
        => $"{scope.Runner}-{scope.Runtime}-{(scope.Cores == 0 ? "all" : scope.Cores.ToString(System.Globalization.CultureInfo.InvariantCulture))}cores";
}
