using ParallelRepro.Aggregation;

namespace ParallelRepro.Publishing;

/// <summary>The commit status GitHub shows beside the commit: one of its four states and a short line.</summary>
internal sealed record CommitStatusText(string State, string Description)
{
    public const string Context = "parallelrepro/reproduction";

    /// <summary>GitHub truncates nothing: it rejects descriptions longer than this.</summary>
    public const int MaxDescription = 140;

    /// <summary>
    /// error: nothing was measured at all (a pipeline fault, not a finding). failure: a run failed, timed
    /// out or computed a wrong answer, or a claim of the paper was not reproduced. success: otherwise;
    /// runs a runtime cannot do (unavailable) and claims inconclusive or not testable on the machine are not failures.
    /// </summary>
    public static CommitStatusText For(Results results, ClaimTally? claims)
    {
        var runs = RunTally.Of(results);
        var state = runs.Ok == 0 ? "error"
            : runs.Problems > 0 || claims is { NotReproduced: > 0 } ? "failure"
            : "success";
        var text = $"{runs.Ok}/{runs.Total} runs ok";
        if (runs.Problems > 0) text += $", {runs.Problems} failed";
        text += $", {results.Cells.Count} cells, {results.Runners.Count} runner(s)";
        if (claims is not null) text += $"; {claims}";
        return new CommitStatusText(state, text.Length <= MaxDescription ? text : text[..(MaxDescription - 1)] + "…");
    }
}

/// <summary>Runs of a results file by outcome, from the per-cell status counts.</summary>
internal sealed record RunTally(int Ok, int Problems, int Unavailable)
{
    public int Total => Ok + Problems + Unavailable;

    public static RunTally Of(IEnumerable<CellResult> cells)
    {
        int ok = 0, problems = 0, unavailable = 0;
        foreach (var (status, count) in cells.SelectMany(c => c.Statuses))
        {
            if (status == "ok") ok += count;
            else if (status == "unavailable") unavailable += count;
            else problems += count;
        }
        return new RunTally(ok, problems, unavailable);
    }

    public static RunTally Of(Results results) => Of(results.Cells);
}
