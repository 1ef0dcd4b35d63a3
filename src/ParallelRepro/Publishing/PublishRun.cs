using System.Net.Http;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using Spectre.Console;

namespace ParallelRepro.Publishing;

/// <summary>The publish verb's options, after parsing.</summary>
internal sealed record PublishOptions(string ResultsFile, string ClaimsFile, bool DryRun, string? PagesUrl, string? Sha, int? PullRequest, string? BaseSha);

/// <summary>
/// <c>repro publish</c> end to end: reads the results, works out the commit, the pull request and the
/// report's address from the options and GitHub's variables, and publishes (or, dry, prints).
/// The environment, console and clock are injected, so tests run it against a loopback fake of the API.
/// </summary>
internal static class PublishRun
{
    public static async Task<PublishOutcome> ExecuteAsync(PublishOptions options, Func<string, string?> getenv, IAnsiConsole console, TimeProvider clock,
        RetryPolicy? policy = null, HttpMessageHandler? transport = null)
    {
        var results = ResultsFiles.Read(options.ResultsFile);
        var claims = ClaimTally.ReadIfExists(options.ClaimsFile, results);
        var context = options.DryRun && string.IsNullOrWhiteSpace(getenv("GITHUB_REPOSITORY"))
            ? GitHubContext.From(name => name == "GITHUB_REPOSITORY" ? "local/dry-run" : getenv(name))
            : GitHubContext.From(getenv);
        var commit = results.Commits.LastOrDefault() ?? throw new ReproException($"{options.ResultsFile}: no commit recorded in the results");
        var request = new PublishRequest(
            results, claims,
            StatusSha: options.Sha ?? context.PullRequest?.HeadSha ?? context.Sha ?? commit,
            ReportCommit: commit,
            ReportUrl: PagesUrl.Report(SiteUrl(options, getenv, context), GitInfo.ShortName(commit)),
            PullRequest: options.PullRequest ?? context.PullRequest?.Number,
            BaseSha: options.BaseSha ?? context.PullRequest?.BaseSha);

        void Log(string line) => console.WriteLine(line);
        if (options.DryRun)
        {
            var dry = await new Publisher(null, Log).PublishAsync(request).ConfigureAwait(false);
            if (dry.CommentBody is { } body) console.WriteLine(body);
            return dry;
        }
        if (context.Token is not { } token)
            throw new ReproException("GITHUB_TOKEN is not set: publishing needs the workflow's token in the environment (or pass --dry-run)");
        if (context.PullRequest is { FromFork: true })
            Log("note: this pull request comes from a fork; its token is read-only, so GitHub may refuse the status");

        using var handler = new RetryingHandler(policy ?? new RetryPolicy(), clock, (wait, ct) => Task.Delay(wait, clock, ct), Log)
        {
            InnerHandler = transport ?? new SocketsHttpHandler { AllowAutoRedirect = false },
        };
        var api = new GitHubApi(context, token, handler);
        return await new Publisher(api, Log).PublishAsync(request).ConfigureAwait(false);
    }

    /// <summary>--pages-url, else REPRO_PAGES_URL (the deploy job's page_url), else github.io's rule for the repository.</summary>
    private static Uri SiteUrl(PublishOptions options, Func<string, string?> getenv, GitHubContext context)
    {
        var given = options.PagesUrl ?? getenv("REPRO_PAGES_URL");
        if (!string.IsNullOrWhiteSpace(given))
            return Uri.TryCreate(given.Trim(), UriKind.Absolute, out var uri) ? uri : throw new ReproException($"pages URL is not an absolute URL: '{given}'");
        return PagesUrl.For(context.Owner, context.Name, context.ServerUrl)
               ?? throw new ReproException($"cannot tell where GitHub Pages serves {context.Repository} on {context.ServerUrl}: pass --pages-url or set REPRO_PAGES_URL");
    }
}
