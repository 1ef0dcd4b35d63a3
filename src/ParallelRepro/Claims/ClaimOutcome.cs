namespace ParallelRepro.Claims;

/// <summary>
/// The verdict on one claim for one scope: a runner × runtime × cores for measured claims, or the
/// whole report for claims about the code (effort) and profiles.
/// </summary>
public sealed record ClaimOutcome
{
    public required string Id { get; init; }
    /// <summary>Null for claims decided once per report.</summary>
    public string? Runner { get; init; }
    public string? Runtime { get; init; }
    /// <summary>Requested affinity (0 = all cores) and the logical cores that implies.</summary>
    public int? Cores { get; init; }
    public int? LogicalCores { get; init; }
    public required Verdict Verdict { get; init; }
    /// <summary>
    /// Why the claim was not decided: for <see cref="Verdict.NotTestableHere"/> the blocker and every undecided condition; for
    /// <see cref="Verdict.Inconclusive"/> each condition that straddled its bound, by how much, and the rounds that would decide it.
    /// </summary>
    public string? Reason { get; init; }
    /// <summary>What stopped the check before or outside its conditions: group not run, too few cores, a number every condition needs.</summary>
    public string? Blocker { get; init; }
    public IReadOnlyList<Condition> Conditions { get; init; } = [];

    /// <summary>"vm-linux · python3 · all 2 cores", or "this commit" for claims decided once.</summary>
    public string Scope => Runner is null ? "this commit"
        : $"{Runner} · {Runtime} · {(Cores == 0 ? $"all {LogicalCores} cores" : $"{Cores} of {LogicalCores} cores")}";
}
