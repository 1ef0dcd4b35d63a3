using System.Text.Json;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;

namespace ParallelRepro.Publishing;

/// <summary>
/// The publish stage: the commit status, and on a pull request the comparison with the base commit's
/// report and the one comment. With <c>api</c> null it only computes what it would send (dry run).
/// </summary>
internal sealed class Publisher(GitHubApi? api, Action<string> log)
{
    public async Task<PublishOutcome> PublishAsync(PublishRequest request)
    {
        var status = CommitStatusText.For(request.Results, request.Claims);
        log($"status {CommitStatusText.Context} on {GitInfo.ShortName(request.StatusSha)}: {status.State}: {status.Description}");
        if (api is not null) await api.CreateStatusAsync(request.StatusSha, status, request.ReportUrl).ConfigureAwait(false);

        if (request.PullRequest is not { } number) return new PublishOutcome(status, null, null, null);

        var comparison = await CompareWithBaseAsync(request).ConfigureAwait(false);
        var body = PullRequestComment.Render(request.Results, request.Claims, request.ReportUrl, request.ReportCommit, comparison);
        bool? created = null;
        if (api is not null)
        {
            created = await api.UpsertCommentAsync(number, PullRequestComment.Marker, body).ConfigureAwait(false);
            log($"{(created.Value ? "created" : "updated")} the comment on pull request #{number}");
        }
        return new PublishOutcome(status, body, created, comparison);
    }

    private async Task<BaseComparison> CompareWithBaseAsync(PublishRequest request)
    {
        if (request.BaseSha is not { Length: > 0 } baseSha) return new BaseComparison.Missing("unknown", "the base commit is not known");
        if (api is null) return new BaseComparison.Missing(baseSha, "dry run, the base report was not fetched");
        var path = PublishRequest.ResultsPathOnPages(baseSha);
        var bytes = await api.TryReadFileAsync(path, PublishRequest.PagesBranch).ConfigureAwait(false);
        if (bytes is null)
            return new BaseComparison.Missing(baseSha, $"it has no report on the {PublishRequest.PagesBranch} branch yet ({path})");
        if (bytes.Length == 0)
            return new BaseComparison.Missing(baseSha, $"GitHub returned no content for {path}");
        Results? baseline;
        try
        {
            baseline = JsonSerializer.Deserialize<Results>(bytes, Json.Options);
        }
        catch (JsonException e)
        {
            return new BaseComparison.Missing(baseSha, $"its results.json is unreadable: {Json.FirstLine(e.Message)}");
        }
        if (baseline is null || baseline.SchemaVersion != Results.CurrentSchema)
            return new BaseComparison.Missing(baseSha, $"its results.json has schema {baseline?.SchemaVersion}, this commit reads {Results.CurrentSchema}");
        log($"compared with the base commit's {path}");
        return new BaseComparison.Found(baseSha, CellComparison.Compare(request.Results, baseline));
    }
}
