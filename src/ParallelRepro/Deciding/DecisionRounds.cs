using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Configuration;
using ParallelRepro.Running;
using ParallelRepro.Statistics;
using Spectre.Console;

namespace ParallelRepro.Deciding;

/// <summary>
/// The decide stage, between claims and report: BenchmarkDotNet's "stop when precise enough", aimed at the verdicts
/// rather than at every cell. While a claim on this runner is inconclusive (an interval straddles its bound), it runs
/// one more round of just the cells that claim reads, then aggregates and decides again, until every claim is decided
/// or the time budget is spent. The budget counts the extra runs already recorded for this commit, so a second
/// `dotnet cake` does not spend it again. Writes results.json and claims.json as the aggregate and claims stages do.
/// A claim whose estimate sits so near its bound that the rounds it is reckoned to need would not fit in what is left
/// of the budget waits (<see cref="Affordable"/>), and gets none: the budget goes to claims it can decide. Each extra
/// round runs its cells on two CPUs (<see cref="ExtraRound"/>).
/// </summary>
/// <param name="cpus">How many CPUs the runs may use; this process's by default.</param>
internal sealed class DecisionRounds(ReproSettings settings, IAnsiConsole console, TimeProvider clock, int? cpus = null)
{
    private readonly int cpus = cpus ?? StartCpus.OfThisProcess().Allowed.Count;

    /// <summary>
    /// What a reproduction still does outside this stage's deadline within its wall-clock target: `dotnet tool restore`
    /// before Cake starts (the target's clock starts at Cake's start), and after the last round the last decision, the
    /// report and Cake's end, with room for a last round that runs over its estimate. Measured in seven default runs:
    /// 1.6-2.2 s from the end of the last extra run to the end of `dotnet cake`; when this was 20 s, the runs stopped by
    /// the deadline ended 18-19 s inside 10 minutes (at 10 s: 591-593 s). A round's estimate is its cells' median
    /// times; a round of the slowest cells (manager processes at n = 128, ~12 s) that ran 1.4× slow would still end
    /// within the target.
    /// </summary>
    public static readonly TimeSpan AfterDecide = TimeSpan.FromSeconds(10);

    /// <param name="deadline">When the stage must be done by, whatever is left of the budget (a reproduction's wall-clock target).</param>
    public async Task<ClaimsReport> RunAsync(TimeSpan budget, CancellationToken ct, DateTimeOffset? deadline = null)
    {
        var runtimes = settings.Interpreters.Select(i => i.Label).ToHashSet(StringComparer.Ordinal);
        var givenUp = new HashSet<(string Id, string? Runtime, int? Cores)>();
        var runner = new MatrixRunner(settings, console, clock); // plans once for all the stage's rounds
        while (true)
        {
            var (results, claims) = Decide();
            var spent = TimeSpan.FromSeconds(ExtraSecondsSpent(results));
            var left = budget - spent;
            var limit = "the budget";
            if (deadline - clock.GetUtcNow() is { } toDeadline && toDeadline < left)
            {
                (left, limit) = (toDeadline, "the time left before the reproduction's wall-clock target");
                if (left <= TimeSpan.Zero)
                {
                    console.MarkupLineInterpolated($"decide: the reproduction's wall-clock target is reached ({spent.TotalSeconds:0} of {budget.TotalSeconds:0} s of the budget spent); {claims.Outcomes.Count(o => o.Verdict == Verdict.Inconclusive)} claim(s) inconclusive");
                    return claims;
                }
            }
            var affordable = ExtraRound.Inconclusive(claims, settings.Runner, runtimes).ToLookup(o => Affordable(o, results, left, cpus));
            foreach (var outcome in affordable[false].Where(o => givenUp.Add((o.Id, o.Runtime, o.Cores))))
                console.MarkupLineInterpolated($"decide: {outcome.Id} ({outcome.Runtime}) {(Horizon(outcome) is { } rounds ? $"would need about {rounds} more round(s), ~{NeedSeconds(outcome, results, cpus):0} s of runs, more than the {left.TotalSeconds:0} s left allow: left inconclusive" : "has no spread yet to reckon its rounds from: left inconclusive")}");
            var worth = affordable[true].ToArray();
            var inconclusive = claims.Outcomes.Count(o => o.Verdict == Verdict.Inconclusive);
            if (worth.Length == 0)
            {
                // No long shots: a round given to a claim reckoned out of reach decides it now and then, by luck,
                // and a verdict some runs reach and others do not is the flip a reader cannot trust. Before the
                // reckoning was predictive (LogInterval.ObservationsToClear), such rounds went to the waiting claim
                // nearest to deciding: mem-mt-approx-serial took 1-36 of them in 11 of 15 default runs, and was
                // decided in 2 of 16, inconclusive in the rest.
                console.MarkupLineInterpolated($"decide: {(inconclusive == 0 ? "every claim decided" : $"{inconclusive} claim(s) inconclusive, none that the {left.TotalSeconds:0} s left could decide")} ({spent.TotalSeconds:0} of {budget.TotalSeconds:0} s spent)");
                return claims;
            }
            var (extra, cost, waiting) = RoundWithinBudget(worth, claims, results, runtimes, left);
            if (extra.Count == 0)
            {
                console.MarkupLineInterpolated($"decide: {inconclusive} claim(s) still inconclusive; the next round of any of them would exceed {limit} ({spent.TotalSeconds:0} of {budget.TotalSeconds:0} s spent; [[Repro]] DecideBudgetSeconds)");
                return claims;
            }
            var leftOut = waiting == 0 ? "" : $"; {waiting} whose round would not fit wait";
            console.MarkupLineInterpolated($"decide: {inconclusive} claim(s) inconclusive; one more round of {extra.Count} cell(s) (~{cost.TotalSeconds:0} s; {spent.TotalSeconds:0} of {budget.TotalSeconds:0} s spent{leftOut})");
            await runner.RunExtraAsync(extra, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The next extra round: the claims cheapest to decide first (the seconds of runs each is reckoned to need,
    /// <see cref="NeedSeconds"/>), each added while this round fits in
    /// <paramref name="left"/> and so do the rounds every chosen claim needs. Why both: a claim's ratios rest on its
    /// balanced rounds from the third on, so a claim started but not carried that far is budget spent for nothing; and
    /// one claim of slow cells (manager processes at n = 128 take 4-5 s a run) must not crowd out claims a few cheap
    /// rounds would decide. Returns the runs, their estimated cost, and how many claims wait.
    /// </summary>
    internal (IReadOnlyList<Planning.PlannedRun> Runs, TimeSpan Cost, int Waiting) RoundWithinBudget(
        IReadOnlyList<ClaimOutcome> worth, ClaimsReport claims, Results results, IReadOnlySet<string> runtimes, TimeSpan left)
    {
        var chosen = new HashSet<ClaimOutcome>();
        IReadOnlyList<Planning.PlannedRun> runs = [];
        var cost = TimeSpan.Zero;
        var committed = 0.0; // seconds the chosen claims' rounds will take; a cell two claims share counts twice (errs high)
        foreach (var (outcome, needs) in worth.Select(o => (o, Needs: NeedSeconds(o, results, cpus) ?? double.PositiveInfinity))
                     .OrderBy(x => x.Needs))
        {
            if (committed + needs > left.TotalSeconds) continue;
            chosen.Add(outcome);
            var (plan, planCost) = RoundOf(chosen.Contains, claims, results, runtimes);
            if (planCost > left) chosen.Remove(outcome);
            else (runs, cost, committed) = (plan, planCost, committed + needs);
        }
        return (runs, cost, worth.Count - chosen.Count);
    }

    /// <summary>One extra round of the claims chosen, and its estimated cost.</summary>
    private (IReadOnlyList<Planning.PlannedRun> Runs, TimeSpan Cost) RoundOf(Func<ClaimOutcome, bool> chosen, ClaimsReport claims, Results results, IReadOnlySet<string> runtimes)
    {
        var plan = ExtraRound.Plan(claims, results, settings.Runner, runtimes, settings.Seed, cpus, chosen);
        return (plan, TimeSpan.FromSeconds(RoundCostSeconds(plan.Select(run => run.Cell), results)));
    }

    private (Results Results, ClaimsReport Claims) Decide()
    {
        var layout = settings.Layout;
        var results = Aggregator.Aggregate([layout.RunsRoot], clock);
        ResultsFiles.Write(results, layout.ResultsFile, layout.ResultsCsv);
        var claims = ClaimsStage.Decide(ClaimSources.In(layout.Artifacts).Load(), clock);
        ClaimsFile.Write(Path.Combine(layout.Artifacts, ClaimsFile.FileName), claims);
        return (results, claims);
    }

    /// <summary>
    /// Whether the rounds an inconclusive claim is reckoned to need fit in <paramref name="left"/>
    /// (<see cref="NeedSeconds"/>). A claim whose count cannot be reckoned (no spread yet) never does.
    /// </summary>
    internal static bool Affordable(ClaimOutcome outcome, Results results, TimeSpan left, int cpus)
        => !ExtraRound.Undecided(outcome).Any() || NeedSeconds(outcome, results, cpus) <= left.TotalSeconds;

    /// <summary>
    /// How many more rounds a claim is reckoned to need: the most any condition it aims at needs
    /// (<see cref="ExtraRound.Aimed"/>: when one leans to fail, that one alone, since failing it decides the claim; a
    /// run once gave up on cpu-mt-worse-with-n at "12 more rounds" for its "at some n" condition while mt(8)/mt(1) =
    /// 1.06 [0.98, 1.14] needed one more to fail 1.1). Each condition by what its quantities stand on
    /// (<see cref="Statistics.Footing.Horizon"/>): until they rest on balanced rounds, the rounds still needed for that,
    /// since an estimate from planned rounds that are not balanced is the two-speed vCPUs' (a default run gave up on
    /// mt(1)/serial at "57 more rounds", which nine rounds had decided in the run before). Null when one has no spread
    /// yet to reckon from. Read from each quantity's own rounds, not from the claim's: a condition over n moves its aim
    /// from one n to another as the estimates move, and a newly aimed n has had no balanced round however many the
    /// claim had (a default run left cpu-mt-no-speedup waiting at "434 more rounds", read from mt(4)/serial's three
    /// planned rounds alone, [0.50, 1.72], after its three extra rounds had gone to n = 1). And from the rounds that are
    /// balanced, not from a count of extra ones: mp-manager(n)/mp(n)'s planned rounds are balanced, and counting three
    /// extra rounds before its estimate counted gave up on overhead-manager-slower at "3 more round(s) of ~28 s" with
    /// 81 s left.
    /// </summary>
    internal static int? Horizon(ClaimOutcome outcome)
    {
        var needs = ExtraRound.Aimed(outcome).Select(c => c.Footing.Horizon(c.MoreRounds)).ToArray();
        return needs.Length == 0 || needs.Any(n => n is null) ? null : needs.Max();
    }

    /// <summary>
    /// The seconds of runs the <see cref="Horizon"/> rounds of a claim are reckoned to take: each round is priced at the
    /// cells of the aimed quantities still reckoned to need it (<see cref="QuantityNeed"/>, capped at the claim's rounds),
    /// so a quantity reckoned to need fewer rounds than the claim drops out after its own (the rounds themselves run
    /// what is aimed at when they start). Why: the cells of every aimed
    /// quantity, priced for every round the slowest needs, once gave cpu-mt-no-speedup up at "20 more rounds of ~13 s"
    /// (260 s) with 72 s left, where seven of its eight n straddled about one round from deciding and only n = 1 needed
    /// the other nineteen, of mt(1) and serial on both CPUs (~4.6 s a round; about 100 s in all).
    /// Null when the claim's rounds cannot be reckoned.
    /// </summary>
    internal static double? NeedSeconds(ClaimOutcome outcome, Results results, int cpus)
    {
        if (Horizon(outcome) is not { } rounds) return null;
        // A condition built without its needs (by hand) is priced as before: every cell in every round.
        var needs = ExtraRound.Aimed(outcome)
            .SelectMany(c => c.Needs.Count > 0 ? c.Needs : [new QuantityNeed(c.Cells, null)])
            .Select(n => (n.Cells, Rounds: Math.Min(n.Rounds ?? rounds, rounds)))
            .ToArray();
        var (seconds, done) = (0.0, 0);
        foreach (var upTo in needs.Select(n => n.Rounds).Where(r => r > 0).Distinct().Order())
        {
            var cells = needs.Where(n => n.Rounds >= upTo).SelectMany(n => n.Cells).Distinct(StringComparer.Ordinal)
                .Select(id => ExtraRound.Parse(id, outcome.Runtime!, outcome.Cores ?? 0));
            seconds += (upTo - done) * RoundSeconds(cells, results, cpus);
            done = upTo;
        }
        return seconds;
    }

    /// <summary>The estimated seconds of one extra round of these cells, on each CPU they run on (<see cref="ExtraRound.Turns"/>).</summary>
    private static double RoundSeconds(IEnumerable<Planning.Cell> cells, Results results, int cpus)
        => RoundCostSeconds(cells.SelectMany(cell => Enumerable.Repeat(cell, Math.Max(1, ExtraRound.Turns(cell, cpus)))), results);

    /// <summary>What a round of these runs is reckoned to take: each run's estimate, and the round's own overhead.</summary>
    private static double RoundCostSeconds(IEnumerable<Planning.Cell> runs, Results results)
        => runs.Sum(cell => EstimatedSeconds(results, cell)) + RoundOverheadSeconds;

    /// <summary>Real seconds of the extra runs this runner already made for the current records.</summary>
    private double ExtraSecondsSpent(Results results)
        => results.Cells.Where(c => c.Runner == settings.Runner).SelectMany(c => c.Samples).Where(r => r.Extra).Sum(r => r.RealS);

    /// <summary>
    /// A run costs about its cell's median real time (which includes the interpreter's start), plus
    /// <see cref="RunOverheadSeconds"/>.
    /// </summary>
    private static double EstimatedSeconds(Results results, Planning.Cell run)
    {
        var cell = results.Cells.FirstOrDefault(c => c.Cell == run);
        return (cell?.RealTime?.Median ?? 1.0) + RunOverheadSeconds;
    }

    /// <summary>
    /// Wall seconds an extra run takes beyond its record's real time (the speed probes, the record's write): from one
    /// run's start to the next's within a round, less the first's real time, 0.017 s median and 0.018 s at the 90th
    /// percentile over 5117 pairs from the decide stages of 42 earlier default runs
    /// (src/workloads/experiments/decide_overhead.py on their records.jsonl). It was 0.1 s, a guess: a round of
    /// mem-mt-approx-serial's four 0.33-0.36 s runs was reckoned at 1.8 s where it takes about 1.6 s, so a run with
    /// 104 s left gave the claim up at "61 more rounds", which would have fitted.
    /// </summary>
    internal const double RunOverheadSeconds = 0.02;

    /// <summary>
    /// Wall seconds each round adds for deciding again (aggregate, claims, their files) before the next round starts:
    /// the same gap across a round's end, 0.112 s median, 0.116 s mean and 0.151 s at the 90th percentile over 653
    /// rounds. Both are about the means, not upper bounds: the reckoning of rounds to come adds them up, and the
    /// reproduction's deadline keeps its own margin (<see cref="AfterDecide"/>).
    /// </summary>
    internal const double RoundOverheadSeconds = 0.12;
}
