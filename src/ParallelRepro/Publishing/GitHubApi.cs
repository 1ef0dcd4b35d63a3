using System.Net.Http;
using Octokit;
using Octokit.Internal;
using ParallelRepro.Common;

namespace ParallelRepro.Publishing;

/// <summary>
/// The three things publishing asks of GitHub, through Octokit: set a commit status, create or update
/// the pull request's comment, read a file of the gh-pages branch. Every failure becomes one line
/// that says what to fix; the token never appears in one.
/// </summary>
internal sealed class GitHubApi
{
    private readonly GitHubClient client;
    private readonly GitHubContext context;

    public GitHubApi(GitHubContext context, SecretToken token, HttpMessageHandler retrying)
    {
        this.context = context;
        var connection = new Connection(new ProductHeaderValue("ParallelRepro"), ApiBase.For(context.ApiUrl),
            new InMemoryCredentialStore(new Credentials(token.Reveal(), AuthenticationType.Bearer)),
            new HttpClientAdapter(() => retrying), new SimpleJsonSerializer());
        client = new GitHubClient(connection);
    }

    public Task CreateStatusAsync(string sha, CommitStatusText status, Uri targetUrl)
        => Guard($"setting the commit status of {GitInfo.ShortName(sha)}", "statuses: write", async () =>
        {
            await client.Repository.Status.Create(context.Owner, context.Name, sha, new NewCommitStatus
            {
                State = status.State switch { "success" => CommitState.Success, "failure" => CommitState.Failure, "pending" => CommitState.Pending, _ => CommitState.Error },
                Description = status.Description,
                Context = CommitStatusText.Context,
                TargetUrl = targetUrl.AbsoluteUri,
            }).ConfigureAwait(false);
            return 0;
        });

    /// <summary>Updates the comment that carries <paramref name="marker"/>, or creates it. Returns whether it was created.</summary>
    public Task<bool> UpsertCommentAsync(int pullRequest, string marker, string body)
        => Guard($"commenting on pull request #{pullRequest}", "pull-requests: write", async () =>
        {
            var comments = await client.Issue.Comment.GetAllForIssue(context.Owner, context.Name, pullRequest).ConfigureAwait(false);
            var mine = comments.FirstOrDefault(c => c.Body?.Contains(marker, StringComparison.Ordinal) == true);
            if (mine is null)
            {
                await client.Issue.Comment.Create(context.Owner, context.Name, pullRequest, body).ConfigureAwait(false);
                return true;
            }
            await client.Issue.Comment.Update(context.Owner, context.Name, mine.Id, body).ConfigureAwait(false);
            return false;
        });

    /// <summary>A file of a branch, or null when the branch or the file does not exist (not an error: the base may have no report).</summary>
    public Task<byte[]?> TryReadFileAsync(string path, string branch)
        => Guard($"reading {path} from branch {branch}", "contents: read", async () =>
        {
            try
            {
                // Octokit gives null when the answer was not the raw media type: report it as empty, not missing.
                return await client.Repository.Content.GetRawContentByRef(context.Owner, context.Name, path, branch).ConfigureAwait(false) ?? [];
            }
            catch (NotFoundException)
            {
                return null;
            }
        });

    private async Task<T> Guard<T>(string what, string permission, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AuthorizationException)
        {
            throw new ReproException($"GitHub rejected the token (401) while {what}: GITHUB_TOKEN is missing, expired or not valid for {context.ApiUrl}");
        }
        catch (RateLimitExceededException e)
        {
            throw new ReproException($"GitHub's rate limit is exhausted (403) while {what}; it resets at {e.Reset.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
        }
        catch (SecondaryRateLimitExceededException)
        {
            throw new ReproException($"GitHub's secondary rate limit stopped {what} (403) and the retries ran out; run the job again later");
        }
        catch (ForbiddenException)
        {
            throw new ReproException($"GitHub refused {what} (403): the workflow's token needs '{permission}' (a pull request from a fork only gets a read-only token)");
        }
        catch (NotFoundException)
        {
            throw new ReproException($"GitHub found nothing (404) while {what}: check GITHUB_REPOSITORY ({context.Repository}) and that the token can see that repository");
        }
        catch (ApiException e)
        {
            throw new ReproException($"GitHub answered {(int)e.StatusCode} while {what}: {Json.FirstLine(e.Message)}");
        }
        catch (HttpRequestException e)
        {
            throw new ReproException($"cannot reach the GitHub API at {context.ApiUrl} while {what}: {Json.FirstLine(e.Message)}");
        }
    }
}
