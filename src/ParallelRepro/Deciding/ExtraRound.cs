using System.Globalization;
using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Planning;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Deciding;

/// <summary>
/// One more round of the cells that feed inconclusive claims on this runner, program by program (the cells of a ratio
/// always belong to one program: runtime × cores × group), under a new round number so the pairs match. Each
/// program's cells run in an order shuffled with the seed on one CPU, then in the reverse order on the next CPU
/// (<see cref="PlannedRun.CpuTurn"/>): A B C on CPU 0, then C B A on CPU 1. Why both: this VM's two vCPUs take turns
/// being about 1.6× slow for minutes, and a single-threaded program takes the speed of the CPU it starts on, so a pair
/// on one CPU alone reads that CPU's state of the moment; the round's ratio, of the cells' mean times over the two
/// CPUs (Statistics.PairedRatio), is free of it. The mirrored order puts every pair's four runs symmetrically about
/// the middle of the program's stretch, so a drift that is steady over those seconds cancels too; and as the VM also
/// slows down as a whole for a few seconds at a time, a pair seconds apart is less often split by such a slowdown than
/// one a whole round apart. A cell that may use one CPU only, or whose work spreads over the CPUs anyway (n ≥ 2), runs
/// once (<see cref="Turns"/>), in the middle: A B S on CPU 0, then B A on CPU 1, so that S's run sits between the two
/// of each pair it is read against. Extra repetitions are numbered from <see cref="FirstRepetition"/> (two a round),
/// so their record keys never collide with the planned matrix's.
/// </summary>
internal static class ExtraRound
{
    public const int FirstRepetition = 10_000;

    /// <summary>An extra run's purpose: this, then the ids of the claims it was run for, comma-separated.</summary>
    public const string PurposePrefix = "extra: ";

    /// <param name="cpus">How many CPUs this process may use (Running.StartCpus): a cell runs on two of them when it may use two.</param>
    /// <param name="worthARound">Whether an inconclusive outcome gets more rounds (all of them when null).</param>
    public static IReadOnlyList<PlannedRun> Plan(ClaimsReport claims, Results results, string runner, IReadOnlySet<string> runtimes, int seed,
        int cpus, Func<ClaimOutcome, bool>? worthARound = null)
    {
        var wanted = new Dictionary<Cell, SortedSet<string>>();
        foreach (var outcome in Inconclusive(claims, runner, runtimes).Where(o => worthARound?.Invoke(o) ?? true))
            foreach (var cell in AimedCells(outcome))
            {
                if (!wanted.TryGetValue(cell, out var ids)) wanted[cell] = ids = new SortedSet<string>(StringComparer.Ordinal);
                ids.Add(outcome.Id);
            }
        if (wanted.Count == 0) return [];
        var round = results.Cells.Where(c => c.Runner == runner).SelectMany(c => c.Samples).Select(r => r.Round).DefaultIfEmpty(-1).Max() + 1;
        var random = new Random(HashCode.Combine(seed, round));
        return wanted.GroupBy(w => (w.Key.Runtime, w.Key.Cores, w.Key.Group)).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .SelectMany(program =>
            {
                var cells = program.OrderBy(w => w.Key.ToString(), StringComparer.Ordinal).ToArray();
                random.Shuffle(cells);
                var twice = cells.ToLookup(w => Turns(w.Key, cpus) == 2); // in shuffled order within each part
                var there = twice[true].Concat(twice[false]).Select(w => Run(w.Key, w.Value, round, turn: 0));
                var back = twice[true].Reverse().Select(w => Run(w.Key, w.Value, round, turn: 1));
                return there.Concat(back);
            })
            .ToArray();
    }

    private static PlannedRun Run(Cell cell, IEnumerable<string> claims, int round, int turn)
        => new(cell, FirstRepetition + 2 * round + turn) { Round = round, CpuTurn = turn, Purpose = PurposePrefix + string.Join(ClaimSeparator, claims) };

    private const string ClaimSeparator = ", ";

    /// <summary>The claims an extra run was run for, read back from its purpose (none for a planned run).</summary>
    public static IReadOnlyList<string> ClaimsOf(string? purpose)
        => purpose is not null && purpose.StartsWith(PurposePrefix, StringComparison.Ordinal)
            ? purpose[PurposePrefix.Length..].Split(ClaimSeparator)
            : [];

    /// <summary>
    /// On how many CPUs a cell's extra runs start: two when it may use two (cores 0 is all of them), except for a
    /// variant at n ≥ 2, whose threads or worker processes spread over the CPUs wherever it starts
    /// (Vocabulary.VariantIds.SpreadsOverCpus; worker processes at n = 128 with a manager cost 4-5 s a run): their
    /// rounds alternate CPUs round by round, as the planned ones do.
    /// </summary>
    internal static int Turns(Cell cell, int cpus)
    {
        var usable = cell.Cores == 0 ? cpus : Math.Min(cell.Cores, cpus);
        return VariantIds.SpreadsOverCpus(cell.Variant, cell.Workers, usable) ? 1 : Math.Min(2, usable);
    }

    /// <summary>The inconclusive outcomes of this runner's runtimes: the ones extra rounds could decide.</summary>
    public static IEnumerable<ClaimOutcome> Inconclusive(ClaimsReport claims, string runner, IReadOnlySet<string> runtimes)
        => claims.Outcomes.Where(o => o.Verdict == Verdict.Inconclusive && o.Runner == runner && o.Runtime is { } rt && runtimes.Contains(rt));

    /// <summary>The conditions more runs could decide: undecided on intervals, not for want of a cell.</summary>
    public static IEnumerable<Condition> Undecided(ClaimOutcome outcome)
        => outcome.Conditions.Where(c => c.State == ConditionState.Undecided && !c.MissingData);

    /// <summary>
    /// The undecided conditions an inconclusive claim's next round aims at: when some lean to fail, the one reckoned
    /// to need the fewest rounds, since failing one condition decides the claim alone; else all of them, since all
    /// must hold. As a condition over n aims at the n on its deciding side (Claims.Evidence). Why: a round of every
    /// undecided condition's cells cost mem-mt-approx-serial 5-8 s where its leaning condition's took 2 s (a default
    /// run ran mt at eight n beside omp-gil-dynamic(1) and serial), in a stage that has about 100 s.
    /// </summary>
    public static IReadOnlyList<Condition> Aimed(ClaimOutcome outcome)
    {
        var undecided = Undecided(outcome).ToArray();
        var leaning = undecided.Where(c => c.LeansToFail).ToArray();
        return leaning.Length > 0 ? [leaning.MinBy(c => c.MoreRounds ?? int.MaxValue)!] : undecided;
    }

    /// <summary>The cells an inconclusive claim's next extra round runs: those its aimed conditions read.</summary>
    public static IEnumerable<Cell> AimedCells(ClaimOutcome outcome)
        => Aimed(outcome).SelectMany(c => c.Cells).Distinct(StringComparer.Ordinal)
            .Select(id => Parse(id, outcome.Runtime!, outcome.Cores ?? 0));

    /// <summary>The cells of a condition are named "group.variant@n" (<see cref="ClaimScope.Id"/>).</summary>
    internal static Cell Parse(string cellId, string runtime, int cores)
    {
        var at = cellId.LastIndexOf('@');
        var dot = cellId.IndexOf('.', StringComparison.Ordinal);
        if (at < 0 || dot < 0 || dot > at) throw new FormatException($"not a cell id: '{cellId}'");
        return new Cell(runtime, cores, cellId[..dot], cellId[(dot + 1)..at], int.Parse(cellId[(at + 1)..], CultureInfo.InvariantCulture));
    }
}
