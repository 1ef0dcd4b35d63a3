using ParallelRepro.Aggregation;

namespace ParallelRepro.Publishing;

/// <summary>
/// What to publish: the merged results (and claims, when the claims stage ran), the commit they
/// measured, where its report lives on Pages, and for a pull request which comment and which base.
/// </summary>
internal sealed record PublishRequest(
    Results Results,
    ClaimTally? Claims,
    string StatusSha,
    string ReportCommit,
    Uri ReportUrl,
    int? PullRequest,
    string? BaseSha)
{
    /// <summary>The gh-pages branch that keeps every report, one folder per commit.</summary>
    public const string PagesBranch = "gh-pages";

    /// <summary>
    /// Where a commit's results.json sits on gh-pages: the report stage's folder name (the first 12
    /// characters of the sha) and its data folder, so publishing and the site history agree.
    /// </summary>
    public static string ResultsPathOnPages(string sha) => $"{Common.GitInfo.ShortName(sha)}/data/results.json";
}

/// <summary>What publishing did, for the log and for tests.</summary>
internal sealed record PublishOutcome(CommitStatusText Status, string? CommentBody, bool? CommentCreated, BaseComparison? Comparison);
