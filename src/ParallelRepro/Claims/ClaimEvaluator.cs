using System.Globalization;
using ParallelRepro.Aggregation;
using ParallelRepro.Paper;

namespace ParallelRepro.Claims;

/// <summary>
/// The claims stage: decides every claim of claims.json on every runner × runtime × cores of the
/// results (measured claims) or once (effort, profile). A check that lacks data, or a machine with
/// too few cores for the effect, gives "not testable here" with the reason, never "reproduced".
/// </summary>
internal static class ClaimEvaluator
{
    public static ClaimsReport Evaluate(ClaimInputs inputs, TimeProvider clock)
    {
        var scopes = Scopes(inputs.Results);
        var outcomes = new List<ClaimOutcome>();
        foreach (var claim in PaperClaims.All)
        {
            if (ClaimChecks.Measured.FirstOrDefault(c => c.Id == claim.Id) is { } measured)
                outcomes.AddRange(scopes.Select(scope => Decide(measured, scope)));
            else if (ClaimChecks.Source.FirstOrDefault(c => c.Id == claim.Id) is { } source)
                outcomes.Add(Decide(source.Id, new ClaimOutcome { Id = source.Id, Verdict = Verdict.NotTestableHere }, e => source.Check(inputs, e)));
        }
        return new ClaimsReport { CreatedUtc = clock.GetUtcNow(), Commits = inputs.Results.Commits, Claims = PaperClaims.All, Outcomes = outcomes };
    }

    /// <summary>
    /// One scope per runner × runtime × cores, with the logical cores its runs could use. Python runtimes only: the
    /// claims are about Python's threading, multiprocessing and Cython; the C# programs have a report section of
    /// their own, with their own expectations, and never a verdict.
    /// </summary>
    public static IReadOnlyList<ClaimScope> Scopes(Results results)
        => results.Cells.Where(c => c.Programs is null).GroupBy(c => (c.Runner, c.Runtime, c.Cores))
            .OrderBy(g => g.Key.Runner, StringComparer.Ordinal).ThenBy(g => g.Key.Runtime, StringComparer.Ordinal).ThenBy(g => g.Key.Cores)
            .Select(g =>
            {
                var machine = results.Runners.FirstOrDefault(r => r.Runner == g.Key.Runner)?.Machine.LogicalCores ?? 0;
                var logical = g.Key.Cores == 0 ? machine : Math.Min(g.Key.Cores, machine);
                return new ClaimScope(g.Key.Runner, g.Key.Runtime, g.Key.Cores, logical, g.ToArray());
            }).ToArray();

    private static ClaimOutcome Decide(IMeasuredClaim claim, ClaimScope scope)
    {
        var blank = new ClaimOutcome
        {
            Id = claim.Id, Runner = scope.Runner, Runtime = scope.Runtime, Cores = scope.Cores, LogicalCores = scope.LogicalCores,
            Verdict = Verdict.NotTestableHere,
        };
        var missing = claim.Needs.Groups.Where(g => !scope.Ran(g)).ToArray();
        if (missing.Length > 0)
            return Blocked(blank, $"{string.Join(" and ", missing)} not run");
        if (scope.LogicalCores < claim.Needs.MinCores)
            return Blocked(blank, $"needs ≥ {claim.Needs.MinCores.ToString(CultureInfo.InvariantCulture)} logical cores, runs had {scope.LogicalCores.ToString(CultureInfo.InvariantCulture)}: {claim.Needs.CoresWhy}");
        return Decide(claim.Id, blank, e => claim.Check(scope, e));
    }

    private static ClaimOutcome Blocked(ClaimOutcome blank, string why) => blank with { Reason = why, Blocker = why };

    /// <summary>
    /// A failed condition decides "not reproduced" even when another lacked data: the claim is a conjunction, so one
    /// failure is enough. Otherwise missing data leaves it "not testable here", and an interval that straddles its
    /// bound leaves it "inconclusive" (more runs would decide it); only every condition holding reproduces it.
    /// </summary>
    private static ClaimOutcome Decide(string id, ClaimOutcome blank, Action<Evidence> check)
    {
        var evidence = new Evidence();
        string? missing = null;
        try
        {
            check(evidence);
        }
        catch (NotTestableException e)
        {
            missing = e.Message; // a number every condition needs (e.g. serial's time)
        }
        var conditions = evidence.Conditions;
        if (missing is null && conditions.Count == 0)
            throw new InvalidOperationException($"the check of claim '{id}' evaluated no condition");
        var undecided = conditions.Where(c => c.State == ConditionState.Undecided).ToArray();
        var reason = string.Join("; ", new[] { missing }.OfType<string>().Concat(undecided.Select(c => $"{c.Text}: {c.Note}")));
        return conditions.Any(c => c.State == ConditionState.Fails) ? blank with { Verdict = Verdict.NotReproduced, Conditions = conditions }
            : missing is not null || undecided.Any(c => c.MissingData) ? blank with { Reason = reason, Blocker = missing, Conditions = conditions }
            : undecided.Length > 0 ? blank with { Verdict = Verdict.Inconclusive, Reason = reason, Conditions = conditions }
            : blank with { Verdict = Verdict.Reproduced, Conditions = conditions };
    }
}
