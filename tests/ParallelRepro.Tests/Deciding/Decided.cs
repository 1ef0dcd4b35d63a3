using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Deciding;

/// <summary>Synthetic records of runner r1, aggregated and decided as the claims stage does.</summary>
internal static class Decided
{
    /// <summary>Writes the records under <paramref name="runsRoot"/>, then aggregates and decides them.</summary>
    public static (Results Results, ClaimsReport Claims) From(string runsRoot, IEnumerable<RunRecord> records)
    {
        Records.WriteRunner(runsRoot, "r1", records);
        var results = Aggregator.Aggregate([runsRoot], TimeProvider.System);
        return (results, ClaimEvaluator.Evaluate(new ClaimInputs(results, null, []), TimeProvider.System));
    }

    /// <summary>A claim's outcome on runner r1.</summary>
    public static ClaimOutcome Outcome(this ClaimsReport claims, string claimId)
        => claims.Outcomes.Single(o => o.Id == claimId && o.Runner == "r1");
}
