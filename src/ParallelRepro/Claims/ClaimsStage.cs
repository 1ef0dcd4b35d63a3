namespace ParallelRepro.Claims;

/// <summary>
/// The claims stage: decides every claim on the sources and writes claims.json, the only place verdicts are
/// computed. An inconclusive outcome leaves with its reason written in, so every reader shows the same words.
/// </summary>
internal static class ClaimsStage
{
    public static ClaimsReport Decide(ClaimInputs inputs, TimeProvider clock)
        => WithReasons(ClaimEvaluator.Evaluate(inputs, clock));

    public static ClaimsReport WithReasons(ClaimsReport report)
        => report with
        {
            Outcomes = report.Outcomes.Select(o => o is { Verdict: Verdict.Inconclusive, Reason: null } ? o with { Reason = o.InconclusiveReason() } : o).ToArray(),
        };
}
