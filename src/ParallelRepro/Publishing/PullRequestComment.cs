using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;

namespace ParallelRepro.Publishing;

/// <summary>What the base commit's report gave to compare with.</summary>
internal abstract record BaseComparison
{
    public sealed record Found(string BaseSha, ComparisonResult Result) : BaseComparison;

    public sealed record Missing(string BaseSha, string Why) : BaseComparison;
}

/// <summary>
/// The one comment a pull request gets: found again by the hidden marker on its first line and edited
/// in place on every push, so a long-lived pull request is not buried under bot comments.
/// </summary>
internal static class PullRequestComment
{
    public const string Marker = "<!-- parallelrepro:report -->";
    private const int MaxMovedRows = 40;
    private const int MaxUndecidedRows = 10;

    public static string Render(Results results, ClaimTally? claims, Uri reportUrl, string commit, BaseComparison comparison)
    {
        var md = new StringBuilder();
        md.AppendLine(Marker);
        md.AppendLine(CultureInfo.InvariantCulture, $"### ParallelRepro: commit `{Code(commit)}`");
        md.AppendLine();
        var runs = RunTally.Of(results);
        md.AppendLine(CultureInfo.InvariantCulture,
            $"[The report]({reportUrl.AbsoluteUri}) · profile {MarkdownText.Escape(string.Join(", ", results.Profiles))} · {results.Runners.Count} runner(s) · {results.Cells.Count} cells · {runs.Ok} of {runs.Total} runs ok");
        if (claims is not null)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Claims of the paper: {claims.Reproduced} reproduced, {claims.NotReproduced} not reproduced, {claims.Inconclusive} inconclusive, {claims.NotTestableHere} not testable here.");
            md.Append(UndecidedText(claims));
        }
        md.AppendLine();
        md.Append(MarkdownText.Table(["runner", "runtime", "cells", "runs ok", "failed / timed out / wrong", "unavailable"], SummaryRows(results), [false, false, true, true, true, true]));
        md.AppendLine();
        md.Append(ComparisonText(comparison));
        return md.ToString();
    }

    private static IEnumerable<IReadOnlyList<string>> SummaryRows(Results results)
        => results.Cells.GroupBy(c => (c.Runner, c.Runtime)).OrderBy(g => g.Key.Runner, StringComparer.Ordinal).ThenBy(g => g.Key.Runtime, StringComparer.Ordinal)
            .Select(g =>
            {
                var t = RunTally.Of(g);
                return (IReadOnlyList<string>)[MarkdownText.Escape(g.Key.Runner), MarkdownText.Escape(g.Key.Runtime), Num(g.Count()), Num(t.Ok), Num(t.Problems), Num(t.Unavailable)];
            });

    /// <summary>Each inconclusive claim with its reason (which condition straddled, by how much, how many more rounds).</summary>
    private static string UndecidedText(ClaimTally claims)
    {
        if (claims.Undecided.Count == 0) return "";
        var md = new StringBuilder().AppendLine().AppendLine("Inconclusive (more runs would decide):").AppendLine();
        foreach (var why in claims.Undecided.Take(MaxUndecidedRows)) md.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Escape(why)}");
        if (claims.Undecided.Count > MaxUndecidedRows)
            md.AppendLine(CultureInfo.InvariantCulture, $"- … and {claims.Undecided.Count - MaxUndecidedRows} more; see the report.");
        return md.ToString();
    }

    private static string ComparisonText(BaseComparison comparison)
    {
        var md = new StringBuilder();
        switch (comparison)
        {
            case BaseComparison.Missing missing:
                md.AppendLine(CultureInfo.InvariantCulture, $"No comparison with the base commit `{Code(missing.BaseSha)}`: {MarkdownText.Escape(missing.Why)}.");
                break;
            case BaseComparison.Found { Result: var r } found:
                md.AppendLine(CultureInfo.InvariantCulture, $"#### Compared with the base commit `{Code(found.BaseSha)}`");
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"{r.Compared} cell(s) in both; a cell moved when its median proc time changed by at least {CellComparison.MinimumEffect:P0} and the change is significant (Mann-Whitney U, p ≤ {CellComparison.Alpha}, or disjoint 95% median intervals when there are too few runs for the test).");
                if (r.OnlyHere + r.OnlyInBase > 0)
                    md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{r.OnlyHere} cell(s) only in this commit, {r.OnlyInBase} only in the base.");
                md.AppendLine();
                if (r.Moved.Count == 0)
                {
                    md.AppendLine("No cell moved.");
                    break;
                }
                md.AppendLine(CultureInfo.InvariantCulture, $"**{r.Moved.Count} cell(s) moved** ({r.Moved.Count(m => m.Ratio > 1)} slower, {r.Moved.Count(m => m.Ratio < 1)} faster):");
                md.AppendLine();
                md.Append(MarkdownText.Table(["cell", "base median (s)", "median (s)", "change", "evidence"],
                    r.Moved.Take(MaxMovedRows).Select(m => (IReadOnlyList<string>)
                        [MarkdownText.Escape(m.Key.ToString()), Seconds(m.BaseMedian), Seconds(m.Median), Change(m.Ratio), MarkdownText.Escape(m.Evidence)]),
                    [false, true, true, true, false]));
                if (r.Moved.Count > MaxMovedRows)
                    md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"… and {r.Moved.Count - MaxMovedRows} more; see the report's data.");
                break;
        }
        return md.ToString();
    }

    private static string Change(double ratio)
        => ratio >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{ratio - 1:+0.0%} slower")
            : string.Create(CultureInfo.InvariantCulture, $"{1 / ratio - 1:0.0%} faster");

    private static string Seconds(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A commit id inside backticks: 12 characters, and nothing that could close the code span.</summary>
    private static string Code(string sha) => Common.GitInfo.ShortName(sha).Replace("`", "", StringComparison.Ordinal);
}
