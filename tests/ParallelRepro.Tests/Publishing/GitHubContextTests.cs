using System.Net;
using ParallelRepro.Common;
using ParallelRepro.Publishing;

namespace ParallelRepro.Tests.Publishing;

/// <summary>What publishing reads from GitHub's variables and events, and the small rules around them.</summary>
public sealed class GitHubContextTests
{
    [Theory]
    [InlineData("https://api.github.com", "https://api.github.com/")]
    [InlineData("https://ghe.example.com/api/v3", "https://ghe.example.com/api/v3/")]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/api/v3/")]
    [InlineData("https://api.octo.ghe.com", "https://api.octo.ghe.com/")]
    public void The_API_root_follows_Octokits_enterprise_rule(string apiUrl, string expected)
        => Assert.Equal(expected, ApiBase.For(new Uri(apiUrl)).AbsoluteUri);

    [Theory]
    [InlineData("Octo", "repro", "https://github.com", "https://octo.github.io/repro/")]
    [InlineData("octo", "octo.github.io", "https://github.com", "https://octo.github.io/")]
    [InlineData("octo", "repro", "https://ghe.example.com", null)]
    public void Pages_lives_at_owner_github_io(string owner, string name, string server, string? expected)
        => Assert.Equal(expected, PagesUrl.For(owner, name, new Uri(server))?.AbsoluteUri);

    [Fact]
    public void A_report_is_the_commit_folder_under_the_site()
    {
        Assert.Equal("https://octo.github.io/repro/abc123456789/", PagesUrl.Report(new Uri("https://octo.github.io/repro"), "abc123456789").AbsoluteUri);
        Assert.Equal("abc123456789/data/results.json", PublishRequest.ResultsPathOnPages("abc1234567890def0123"));
    }

    [Fact]
    public void The_token_comes_from_the_environment_and_never_prints()
    {
        var context = GitHubContext.From(name => name switch { "GITHUB_REPOSITORY" => "octo/repro", "GITHUB_TOKEN" => "ghs_hidden", _ => null });
        Assert.Equal("ghs_hidden", context.Token!.Reveal());
        Assert.DoesNotContain("ghs_hidden", context.ToString(), StringComparison.Ordinal);
        Assert.Equal("https://api.github.com/", context.ApiUrl.AbsoluteUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("octo")]
    [InlineData("octo/")]
    public void A_missing_or_malformed_repository_is_one_line(string? repository)
    {
        var error = Assert.Throws<ReproException>(() => GitHubContext.From(name => name == "GITHUB_REPOSITORY" ? repository : null));
        Assert.StartsWith("GITHUB_REPOSITORY must be set to owner/name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pull_request_event_gives_number_head_base_and_fork()
    {
        const string json = """
            {"pull_request":{"number":12,"head":{"sha":"aaa","repo":{"full_name":"fork/repro"}},"base":{"sha":"bbb","repo":{"full_name":"octo/repro"}}}}
            """;
        Assert.Equal(new PullRequestEvent(12, "aaa", "bbb", FromFork: true), PullRequestEvent.Parse(json, "event.json"));
        var error = Assert.Throws<ReproException>(() => PullRequestEvent.Parse("""{"ref":"refs/heads/main"}""", "event.json"));
        Assert.StartsWith("event.json: not a pull_request event", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_limits_wait_for_retry_after_then_reset_and_never_past_the_cap()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var policy = new RetryPolicy();
        using var retryAfter = Response(HttpStatusCode.TooManyRequests, ("Retry-After", "12"));
        using var reset = Response(HttpStatusCode.Forbidden, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", now.AddSeconds(59).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var tooLong = Response(HttpStatusCode.Forbidden, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", now.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var forbidden = Response(HttpStatusCode.Forbidden);
        using var unavailable = Response(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.FromSeconds(12), policy.WaitAfter(retryAfter, 1, now));
        Assert.Equal(TimeSpan.FromSeconds(60), policy.WaitAfter(reset, 1, now));
        Assert.Null(policy.WaitAfter(tooLong, 1, now));
        Assert.Null(policy.WaitAfter(forbidden, 1, now));
        Assert.Equal(TimeSpan.FromSeconds(4), policy.WaitAfter(unavailable, 3, now));
        Assert.Null(policy.WaitAfter(unavailable, policy.MaxAttempts, now));
    }

    private static HttpResponseMessage Response(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }
}
