namespace ParallelRepro.Publishing;

/// <summary>
/// The REST root Octokit should talk to for a GITHUB_API_URL. Octokit's GitHubClient puts any host
/// other than api.github.com under /api/v3/ (GitHub Enterprise Server's layout), but a Connection built
/// by hand (needed to add the retrying handler) skips that step: this is the same rule, done here.
/// </summary>
internal static class ApiBase
{
    public static Uri For(Uri apiUrl)
        => IsCloud(apiUrl.Host) ? new Uri(apiUrl.GetLeftPart(UriPartial.Authority) + "/") : new Uri(apiUrl, "/api/v3/");

    /// <summary>github.com and GHE.com (data residency, api.&lt;tenant&gt;.ghe.com) serve the API at the root.</summary>
    private static bool IsCloud(string host)
        => host.Equals("api.github.com", StringComparison.OrdinalIgnoreCase)
           || (host.StartsWith("api.", StringComparison.OrdinalIgnoreCase) && host.EndsWith(".ghe.com", StringComparison.OrdinalIgnoreCase));
}
