using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Configuration;
using ParallelRepro.Running;
using Spectre.Console;

namespace ParallelRepro.Deciding;

/// <summary>
/// The decide stage, between claims and report: BenchmarkDotNet's "stop when precise enough", aimed at the verdicts
/// rather than at every cell. While a claim on this runner is inconclusive (an interval straddles its bound), it runs
/// one more round of just the cells that claim reads, then aggregates and decides again, until every claim is decided
/// or the time budget is spent. The budget counts the extra runs already recorded for this commit, so a second
/// `dotnet cake` does not spend it again. Writes results.json and claims.json as the aggregate and claims stages do.
/// </summary>
internal sealed class DecisionRounds(ReproSettings settings, IAnsiConsole console, TimeProvider clock)
{
    public async Task<ClaimsReport> RunAsync(TimeSpan budget, CancellationToken ct)
    {
        var runtimes = settings.Interpreters.Select(i => i.Label).ToHashSet(StringComparer.Ordinal);
        while (true)
        {
            var (results, claims) = Decide();
            var spent = TimeSpan.FromSeconds(ExtraSecondsSpent(results));
            var extra = ExtraRound.Plan(claims, results, settings.Runner, runtimes, settings.Seed);
            if (extra.Count == 0)
            {
                console.MarkupLineInterpolated($"decide: no inconclusive claim left that more runs here could decide ({spent.TotalSeconds:0} s of extra rounds spent)");
                return claims;
            }
            var cost = TimeSpan.FromSeconds(extra.Sum(run => EstimatedSeconds(results, run)));
            var inconclusive = claims.Outcomes.Count(o => o.Verdict == Verdict.Inconclusive);
            if (spent + cost > budget)
            {
                console.MarkupLineInterpolated($"decide: {inconclusive} claim(s) still inconclusive; the next round (~{cost.TotalSeconds:0} s) would exceed the budget ({spent.TotalSeconds:0} of {budget.TotalSeconds:0} s spent; [[Repro]] DecideBudgetSeconds)");
                return claims;
            }
            console.MarkupLineInterpolated($"decide: {inconclusive} claim(s) inconclusive; one more round of {extra.Count} cell(s) (~{cost.TotalSeconds:0} s; {spent.TotalSeconds:0} of {budget.TotalSeconds:0} s spent)");
            await new MatrixRunner(settings, console, clock).RunExtraAsync(extra, ct).ConfigureAwait(false);
        }
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

    /// <summary>Real seconds of the extra runs this runner already made for the current records.</summary>
    private double ExtraSecondsSpent(Results results)
        => results.Cells.Where(c => c.Runner == settings.Runner).SelectMany(c => c.Samples).Where(r => r.Purpose is not null).Sum(r => r.RealS);

    /// <summary>A run costs about its cell's median real time, plus process start and the speed probe.</summary>
    private static double EstimatedSeconds(Results results, Planning.PlannedRun run)
    {
        var cell = results.Cells.FirstOrDefault(c => c.Runtime == run.Cell.Runtime && c.Cores == run.Cell.Cores && c.Group == run.Cell.Group
                                                      && c.Variant == run.Cell.Variant && c.Workers == run.Cell.Workers);
        return (cell?.RealTime?.Median ?? 1.0) + 0.1;
    }
}
