using ParallelRepro.Paper;

namespace ParallelRepro.Claims;

/// <summary>The content of claims.json: the claims as the paper states them, and every verdict with its evidence.</summary>
public sealed record ClaimsReport
{
    /// <summary>2: verdicts may be inconclusive; conditions carry their estimate with its interval; claims carry a plain conclusion.</summary>
    public const int CurrentSchema = 2;

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

    /// <summary>"10 reproduced, 6 not reproduced, 1 inconclusive, 3 not testable here": the counts line every verb and page prints.</summary>
    public string Text() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Reproduced} reproduced, {NotReproduced} not reproduced, {Inconclusive} inconclusive, {NotTestableHere} not testable here");

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
