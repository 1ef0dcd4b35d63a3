using System.Globalization;
using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Planning;

namespace ParallelRepro.Deciding;

/// <summary>
/// One more round of the cells that feed inconclusive claims on this runner: each cell once (both sides of every
/// paired ratio), claim by claim, shuffled with the seed, under a new round number so the pairs match. Extra
/// repetitions are numbered from <see cref="FirstRepetition"/>, so their record keys never collide with the planned
/// matrix's.
/// </summary>
internal static class ExtraRound
{
    public const int FirstRepetition = 10_000;

    /// <param name="worthARound">Whether an inconclusive outcome gets more rounds (all of them when null).</param>
    public static IReadOnlyList<PlannedRun> Plan(ClaimsReport claims, Results results, string runner, IReadOnlySet<string> runtimes, int seed,
        Func<ClaimOutcome, bool>? worthARound = null)
    {
        var wanted = new Dictionary<Cell, SortedSet<string>>();
        foreach (var outcome in Inconclusive(claims, runner, runtimes).Where(o => worthARound?.Invoke(o) ?? true))
            foreach (var cellId in Undecided(outcome).SelectMany(c => c.Cells))
            {
                var cell = Parse(cellId, outcome.Runtime!, outcome.Cores ?? 0);
                if (!wanted.TryGetValue(cell, out var ids)) wanted[cell] = ids = new SortedSet<string>(StringComparer.Ordinal);
                ids.Add(outcome.Id);
            }
        if (wanted.Count == 0) return [];
        var round = results.Cells.Where(c => c.Runner == runner).SelectMany(c => c.Samples).Select(r => r.Round).DefaultIfEmpty(-1).Max() + 1;
        // Each claim's cells run one after another, shuffled among themselves (a cell several claims read runs with
        // the first of them): this VM also slows down as a whole for a few seconds at a time, and a pair of runs
        // seconds apart is less often split by such a slowdown than one a whole round apart.
        var random = new Random(HashCode.Combine(seed, round));
        return wanted.GroupBy(w => w.Value.Min!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(claim =>
            {
                var runs = claim.OrderBy(w => w.Key.ToString(), StringComparer.Ordinal)
                    .Select(w => new PlannedRun(w.Key, FirstRepetition + round) { Round = round, Purpose = "extra: " + string.Join(", ", w.Value) })
                    .ToArray();
                random.Shuffle(runs);
                return runs;
            })
            .ToArray();
    }

    /// <summary>The inconclusive outcomes of this runner's runtimes: the ones extra rounds could decide.</summary>
    public static IEnumerable<ClaimOutcome> Inconclusive(ClaimsReport claims, string runner, IReadOnlySet<string> runtimes)
        => claims.Outcomes.Where(o => o.Verdict == Verdict.Inconclusive && o.Runner == runner && o.Runtime is { } rt && runtimes.Contains(rt));

    /// <summary>The conditions more runs could decide: undecided on intervals, not for want of a cell.</summary>
    public static IEnumerable<Condition> Undecided(ClaimOutcome outcome)
        => outcome.Conditions.Where(c => c.State == ConditionState.Undecided && !c.MissingData);

    /// <summary>The cells of a condition are named "group.variant@n" (<see cref="ClaimScope.Id"/>).</summary>
    internal static Cell Parse(string cellId, string runtime, int cores)
    {
        var at = cellId.LastIndexOf('@');
        var dot = cellId.IndexOf('.', StringComparison.Ordinal);
        if (at < 0 || dot < 0 || dot > at) throw new FormatException($"not a cell id: '{cellId}'");
        return new Cell(runtime, cores, cellId[..dot], cellId[(dot + 1)..at], int.Parse(cellId[(at + 1)..], CultureInfo.InvariantCulture));
    }
}
