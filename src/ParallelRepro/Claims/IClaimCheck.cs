using ParallelRepro.Profiling;

namespace ParallelRepro.Claims;

/// <summary>What a measured claim needs before it can be decided on a runner.</summary>
/// <param name="Groups">Programs whose runs the check reads.</param>
/// <param name="MinCores">Logical cores below which the effect cannot show (or holds trivially).</param>
/// <param name="CoresWhy">Why those cores are needed, for the "not testable here" reason.</param>
internal sealed record ClaimNeeds(IReadOnlyList<string> Groups, int MinCores = 1, string? CoresWhy = null);

/// <summary>A claim decided on the measurements of one runner × runtime × cores (the checks in claims.json).</summary>
internal interface IMeasuredClaim
{
    string Id { get; }
    ClaimNeeds Needs { get; }
    /// <summary>Adds each condition of the check to <paramref name="evidence"/>; throws <see cref="NotTestableException"/> when data is missing.</summary>
    void Check(ClaimScope scope, Evidence evidence);
}

/// <summary>A claim decided once per report, on the code or on a profile rather than on timed runs.</summary>
internal interface ISourceClaim
{
    string Id { get; }
    void Check(ClaimInputs inputs, Evidence evidence);
}

/// <summary>Everything claims are decided on: the aggregated results, and the optional effort table and cProfile runs.</summary>
internal sealed record ClaimInputs(Aggregation.Results Results, IEffortTable? Effort, IReadOnlyList<ProfileResult> Profiles);
