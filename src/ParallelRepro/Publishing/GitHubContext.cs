using ParallelRepro.Common;

namespace ParallelRepro.Publishing;

/// <summary>
/// Where and as whom to publish, from the variables GitHub Actions sets: GITHUB_TOKEN (only from the
/// environment, never an option, so it stays out of shell history and process lists), GITHUB_REPOSITORY,
/// GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_SHA and the event file for pull requests.
/// </summary>
internal sealed record GitHubContext(SecretToken? Token, string Owner, string Name, Uri ApiUrl, Uri ServerUrl, string? Sha, PullRequestEvent? PullRequest)
{
    public string Repository => $"{Owner}/{Name}";

    public static GitHubContext From(Func<string, string?> getenv)
    {
        var repository = getenv("GITHUB_REPOSITORY");
        if (string.IsNullOrWhiteSpace(repository) || repository.Split('/') is not [{ Length: > 0 } owner, { Length: > 0 } name])
            throw new ReproException($"GITHUB_REPOSITORY must be set to owner/name (found '{repository ?? ""}')");
        var token = getenv("GITHUB_TOKEN") is { Length: > 0 } t ? new SecretToken(t.Trim()) : null;
        var api = ParseUrl(getenv("GITHUB_API_URL"), "GITHUB_API_URL", "https://api.github.com");
        var server = ParseUrl(getenv("GITHUB_SERVER_URL"), "GITHUB_SERVER_URL", "https://github.com");
        var sha = getenv("GITHUB_SHA") is { Length: > 0 } s ? s.Trim() : null;
        var pr = getenv("GITHUB_EVENT_NAME") is "pull_request" or "pull_request_target" && getenv("GITHUB_EVENT_PATH") is { Length: > 0 } path && File.Exists(path)
            ? PullRequestEvent.Parse(File.ReadAllText(path), path)
            : null;
        return new GitHubContext(token, owner, name, api, server, sha, pr);
    }

    private static Uri ParseUrl(string? text, string variable, string fallback)
    {
        var value = string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ReproException($"{variable} is not an http(s) URL: '{value}'");
    }
}
