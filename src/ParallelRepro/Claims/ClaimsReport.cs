using ParallelRepro.Paper;

namespace ParallelRepro.Claims;

/// <summary>The content of claims.json: the claims as the paper states them, and every verdict with its evidence.</summary>
public sealed record ClaimsReport
{
    public const int CurrentSchema = 1;

    public int SchemaVersion { get; init; } = CurrentSchema;
    public required DateTimeOffset CreatedUtc { get; init; }
    public required IReadOnlyList<string> Commits { get; init; }
    public required IReadOnlyList<PaperClaim> Claims { get; init; }
    public required IReadOnlyList<ClaimOutcome> Outcomes { get; init; }

    public VerdictCounts Counts => VerdictCounts.Of(Outcomes);
}

/// <summary>How many outcomes ended in each verdict. Undecided outcomes are never counted as reproduced.</summary>
public sealed record VerdictCounts(int Reproduced, int NotReproduced, int Inconclusive, int NotTestableHere)
{
    public int Total => Reproduced + NotReproduced + Inconclusive + NotTestableHere;

    public static VerdictCounts Of(IEnumerable<ClaimOutcome> outcomes)
    {
        var all = outcomes.ToArray();
        return new VerdictCounts(
            all.Count(o => o.Verdict == Verdict.Reproduced),
            all.Count(o => o.Verdict == Verdict.NotReproduced),
            all.Count(o => o.Verdict == Verdict.Inconclusive),
            all.Count(o => o.Verdict == Verdict.NotTestableHere));
    }
}
