using System.Text.Json.Nodes;
using ParallelRepro.Common;
using ParallelRepro.Publishing;

namespace ParallelRepro.Tests.Publishing;

/// <summary>repro publish against a loopback fake of the GitHub API: the exact requests it sends and what it does with the answers.</summary>
public sealed class PublishTests : IDisposable
{
    private readonly PublishScenario scenario = new();
    private string StatusPath => $"{scenario.Github.RepoPath}/statuses/";

    [Fact]
    public async Task A_push_gets_one_commit_status_linking_its_report()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 3), .. PublishScenario.Runs("mt", 2, 1.1, 3)]);

        await scenario.PublishAsync();

        Assert.Equal([$"POST /api/v3/repos/octo/repro/statuses/{PublishScenario.HeadSha}"], scenario.RequestLines);
        Assert.Equal($"Bearer {PublishScenario.Token}", scenario.Github.Requests[0].Authorization);
        var body = JsonNode.Parse(scenario.Github.Requests[0].Body)!.AsObject();
        Assert.Equal(["context", "description", "state", "target_url"], body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("success", (string?)body["state"]);
        Assert.Equal("parallelrepro/reproduction", (string?)body["context"]);
        Assert.Equal(PublishScenario.ReportUrl, (string?)body["target_url"]);
        Assert.Equal("6/6 runs ok, 2 cells, 1 runner(s)", (string?)body["description"]);
    }

    [Fact]
    public async Task Failed_runs_and_claims_not_reproduced_make_the_status_a_failure()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 2), Fixtures.Records.Make("mt", 2, 1, status: ParallelRepro.Running.RunStatus.Failed, runner: "linux-x64-py313")])
            .WithClaims("reproduced", "not-reproduced", "not-testable-here");

        await scenario.PublishAsync();

        var body = JsonNode.Parse(scenario.Github.Requests.Single().Body)!;
        Assert.Equal("failure", (string?)body["state"]);
        Assert.Equal("2/3 runs ok, 1 failed, 2 cells, 1 runner(s); claims 1 reproduced, 1 not, 0 inconclusive, 1 untestable", (string?)body["description"]);
    }

    [Fact]
    public async Task An_inconclusive_claim_is_counted_and_its_reason_shown_but_is_not_a_failure()
    {
        scenario.OnPullRequest(7).WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 2)]);
        File.WriteAllText(Path.Combine(scenario.Artifacts, "claims.json"), """
            {"schema_version":2,"outcomes":[{"id":"cpu-mp-speedup","runner":"r1","runtime":"py","verdict":"reproduced"},
             {"id":"cpu-mt-worse-with-n","runner":"r1","runtime":"py","verdict":"inconclusive","reason":"mt(8)/mt(1): 1.05× [0.98, 1.12] straddles ≥ 1.1; about 12 more rounds would decide it"}]}
            """);

        var outcome = await scenario.PublishAsync();

        var status = JsonNode.Parse(scenario.Github.Requests.First().Body)!;
        Assert.Equal("success", (string?)status["state"]);
        Assert.EndsWith("; claims 1 reproduced, 0 not, 1 inconclusive, 0 untestable", (string?)status["description"], StringComparison.Ordinal);
        Assert.Contains("1 reproduced, 0 not reproduced, 1 inconclusive, 0 not testable here", outcome.CommentBody, StringComparison.Ordinal);
        Assert.Contains("- cpu-mt-worse-with-n on py: mt(8)/mt(1): 1.05× \\[0.98, 1.12\\] straddles ≥ 1.1; about 12 more rounds would decide it", outcome.CommentBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claims_file_of_the_old_schema_stops_publishing_and_says_what_to_run()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 2)]);
        File.WriteAllText(Path.Combine(scenario.Artifacts, "claims.json"), """{"schema_version":1,"outcomes":[]}""");

        var error = await Assert.ThrowsAsync<ParallelRepro.Common.ReproException>(() => scenario.PublishAsync());

        Assert.Contains("claims schema 1 is not supported (expected 2); run 'repro claims'", error.Message, StringComparison.Ordinal);
        Assert.Empty(scenario.Github.Requests);
    }

    [Fact]
    public async Task A_pull_request_comment_is_created_once_then_updated_in_place()
    {
        scenario.OnPullRequest(7).WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 3)]);

        var first = await scenario.PublishAsync();
        var second = await scenario.PublishAsync();

        var comments = $"{scenario.Github.RepoPath}/issues/7/comments";
        var listComments = comments + "?sort=created&direction=asc";
        var id = Assert.Single(scenario.Github.Comments).Key;
        Assert.Equal(
        [
            $"POST {StatusPath}{PublishScenario.HeadSha}",
            "GET /api/v3/repos/octo/repro/contents/222222222222/data/results.json?ref=gh-pages",
            $"GET {listComments}",
            $"POST {comments}",
            $"POST {StatusPath}{PublishScenario.HeadSha}",
            "GET /api/v3/repos/octo/repro/contents/222222222222/data/results.json?ref=gh-pages",
            $"GET {listComments}",
            $"PATCH {scenario.Github.RepoPath}/issues/comments/{id}",
        ], scenario.RequestLines);
        Assert.True(first.CommentCreated);
        Assert.False(second.CommentCreated);
        var posted = JsonNode.Parse(scenario.Github.Requests[3].Body)!.AsObject();
        Assert.Equal(["body"], posted.Select(p => p.Key));
        Assert.StartsWith(PullRequestComment.Marker + "\n", scenario.Github.Comments[id].Body, StringComparison.Ordinal);
        Assert.Equal(first.CommentBody, scenario.Github.Comments[id].Body);
        Assert.Contains("no report on the gh-pages branch yet", first.CommentBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comment_lists_the_cells_that_moved_against_the_base_commits_results()
    {
        scenario.OnPullRequest(7)
            .WithBaseResults([.. PublishScenario.Runs("serial", 1, 1.0, 5), .. PublishScenario.Runs("mt", 2, 1.0, 3), .. PublishScenario.Runs("mp", 2, 1.0, 3)])
            .WithResults([.. PublishScenario.Runs("serial", 1, 0.8, 5), .. PublishScenario.Runs("mt", 2, 1.5, 3), .. Overlapping()]);

        var outcome = await scenario.PublishAsync();

        var found = Assert.IsType<BaseComparison.Found>(outcome.Comparison);
        Assert.Equal(3, found.Result.Compared);
        // serial: 20 % faster, 5 runs against 5, Mann-Whitney decides; mt: 50 % slower, 3 against 3, intervals decide;
        // mp: 11 % slower but its interval overlaps the base's, so it did not move.
        Assert.Equal(["cpu_bound.mt", "cpu_bound.serial"], found.Result.Moved.Select(m => $"{m.Key.Group}.{m.Key.Variant}").Order(StringComparer.Ordinal));
        var body = scenario.Github.Comments.Single().Value.Body;
        Assert.Contains("**2 cell(s) moved** (1 slower, 1 faster)", body, StringComparison.Ordinal);
        Assert.Contains("| linux-x64-py313 · py · all cores · cpu\\_bound.mt n=2 | 1.01 | 1.515 | +50.0% slower | 95% median intervals disjoint |", body, StringComparison.Ordinal);
        Assert.Contains("25.0% faster | Mann-Whitney U p=0.008 (5 vs 5 runs) |", body, StringComparison.Ordinal);
        Assert.Contains($"[The report]({PublishScenario.ReportUrl})", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_is_retried_after_a_backoff()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);
        scenario.Github.Force("POST", StatusPath, 500, """{"message":"Server Error"}""");

        await scenario.PublishAsync();

        Assert.Equal(2, scenario.RequestLines.Count(l => l.StartsWith("POST " + StatusPath, StringComparison.Ordinal)));
        Assert.Equal(scenario.Github.Requests[0].Body, scenario.Github.Requests[1].Body);
        Assert.Single(scenario.Github.Statuses);
        Assert.Equal([TimeSpan.FromSeconds(1)], scenario.Clock.Waits);
        Assert.Contains("GitHub answered 500 to POST", scenario.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limit_waits_until_the_reset_time_then_succeeds()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);
        var reset = scenario.Clock.GetUtcNow().AddSeconds(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        scenario.Github.Force("POST", StatusPath, 403, """{"message":"API rate limit exceeded"}""",
            new Dictionary<string, string> { ["X-RateLimit-Limit"] = "1000", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = reset });

        await scenario.PublishAsync();

        Assert.Equal([TimeSpan.FromSeconds(31)], scenario.Clock.Waits);
        Assert.Single(scenario.Github.Statuses);
    }

    [Fact]
    public async Task Retry_after_is_honoured_and_a_wait_beyond_the_cap_is_not_waited()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);
        scenario.Github.Force("POST", StatusPath, 429, """{"message":"slow down"}""", new Dictionary<string, string> { ["Retry-After"] = "7" });
        scenario.Github.Force("POST", StatusPath, 403, """{"message":"API rate limit exceeded"}""",
            new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = scenario.Clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var error = await Assert.ThrowsAsync<ReproException>(() => scenario.PublishAsync());

        Assert.Equal([TimeSpan.FromSeconds(7)], scenario.Clock.Waits);
        Assert.Equal("GitHub's rate limit is exhausted (403) while setting the commit status of 111111111111; it resets at 2026-01-01 01:00:00 UTC", error.Message);
    }

    [Fact]
    public async Task Server_errors_that_persist_end_in_one_line_after_the_last_attempt()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);
        for (var i = 0; i < 3; i++) scenario.Github.Force("POST", StatusPath, 502, """{"message":"Bad Gateway"}""");

        var error = await Assert.ThrowsAsync<ReproException>(() => scenario.PublishAsync(policy: new RetryPolicy { MaxAttempts = 3 }));

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], scenario.Clock.Waits);
        Assert.StartsWith("GitHub answered 502 while setting the commit status of 111111111111", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_token_gives_one_clear_line_without_the_token()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);
        scenario.Environment["GITHUB_TOKEN"] = "ghs_WRONGtoken";

        var error = await Assert.ThrowsAsync<ReproException>(() => scenario.PublishAsync());

        Assert.Equal($"GitHub rejected the token (401) while setting the commit status of 111111111111: GITHUB_TOKEN is missing, expired or not valid for {scenario.Github.ApiUrl}", error.Message);
        Assert.DoesNotContain("ghs_WRONGtoken", error.Message + scenario.Console.Output, StringComparison.Ordinal);
        Assert.Single(scenario.Github.Requests); // 401 is not retried
    }

    [Fact]
    public async Task A_token_without_permission_is_told_which_permission_it_lacks()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);
        scenario.Github.Force("POST", StatusPath, 403, """{"message":"Resource not accessible by integration"}""");

        var error = await Assert.ThrowsAsync<ReproException>(() => scenario.PublishAsync());

        Assert.Equal("GitHub refused setting the commit status of 111111111111 (403): the workflow's token needs 'statuses: write' (a pull request from a fork only gets a read-only token)", error.Message);
    }

    [Fact]
    public async Task An_unknown_repository_is_named_in_the_error()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);
        scenario.Environment["GITHUB_REPOSITORY"] = "octo/nope";

        var error = await Assert.ThrowsAsync<ReproException>(() => scenario.PublishAsync());

        Assert.StartsWith("GitHub found nothing (404) while setting the commit status of 111111111111: check GITHUB_REPOSITORY (octo/nope)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_nothing_is_sent_and_the_line_says_so()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);
        scenario.Environment.Remove("GITHUB_TOKEN");

        var error = await Assert.ThrowsAsync<ReproException>(() => scenario.PublishAsync());

        Assert.StartsWith("GITHUB_TOKEN is not set", error.Message, StringComparison.Ordinal);
        Assert.Empty(scenario.Github.Requests);
    }

    [Fact]
    public async Task A_dry_run_prints_the_status_and_comment_and_sends_nothing()
    {
        scenario.OnPullRequest(7).WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);

        var outcome = await scenario.PublishAsync(dryRun: true);

        Assert.Empty(scenario.Github.Requests);
        Assert.Contains("status parallelrepro/reproduction on 111111111111: success", scenario.Console.Output, StringComparison.Ordinal);
        Assert.Contains(PullRequestComment.Marker, scenario.Console.Output, StringComparison.Ordinal);
        Assert.Null(outcome.CommentCreated);
    }

    /// <summary>mp runs whose median is 11 % above the base's 1.01 while the fastest is as fast as the base's.</summary>
    private static IEnumerable<ParallelRepro.Running.RunRecord> Overlapping()
        => [Fixtures.Records.Make("mp", 2, 1.0, 0, runner: "linux-x64-py313"), Fixtures.Records.Make("mp", 2, 1.12, 1, runner: "linux-x64-py313"), Fixtures.Records.Make("mp", 2, 1.13, 2, runner: "linux-x64-py313")];

    public void Dispose()
    {
        Assert.DoesNotContain(PublishScenario.Token, scenario.Console.Output, StringComparison.Ordinal);
        scenario.Dispose();
    }
}
