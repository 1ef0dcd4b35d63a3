using System.CommandLine;
using ParallelRepro.Publishing;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro publish</c>: the commit status and, on a pull request, the one comment with the cells that
/// moved versus the base commit. GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL come from the
/// environment only.
/// </summary>
internal static class PublishVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the status and the comment instead of sending them" };
        var pagesUrl = new Option<string?>("--pages-url") { Description = "The Pages site the reports live on (default: REPRO_PAGES_URL, else https://<owner>.github.io/<repo>/)" };
        var sha = new Option<string?>("--sha") { Description = "Commit to set the status on (default: the pull request's head, else GITHUB_SHA)" };
        var pr = new Option<int?>("--pr") { Description = "Pull request to comment on (default: from the pull_request event)" };
        var baseSha = new Option<string?>("--base-sha") { Description = "Commit to compare with (default: the pull request's base)" };
        var command = new Command("publish", "Publish the results to GitHub: commit status, and the pull request comment") { dryRun, pagesUrl, sha, pr, baseSha };
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var layout = settings.Resolve(parse).Layout;
            var options = new PublishOptions(layout.ResultsFile, Path.Combine(layout.Artifacts, "claims.json"), parse.GetValue(dryRun),
                parse.GetValue(pagesUrl), parse.GetValue(sha), parse.GetValue(pr), parse.GetValue(baseSha));
            await PublishRun.ExecuteAsync(options, Environment.GetEnvironmentVariable, services.Console, services.Clock).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
