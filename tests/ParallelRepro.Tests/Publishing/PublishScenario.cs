using System.Text;
using System.Text.Json.Nodes;
using ParallelRepro.Aggregation;
using ParallelRepro.Publishing;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;
using Spectre.Console.Testing;

namespace ParallelRepro.Tests.Publishing;

/// <summary>
/// One publish against the loopback fake: an artifacts folder with results.json (and claims.json), the
/// variables GitHub Actions would set, a console to read, and a clock whose waits take no time.
/// </summary>
internal sealed class PublishScenario : IDisposable
{
    public const string Token = "ghs_SECRETtoken0123456789abcdefSECRET";
    public const string HeadSha = "1111111111111111111111111111111111111111";
    public const string BaseSha = "2222222222222222222222222222222222222222";
    /// <summary>The commit of <see cref="Records.Make"/>: its report folder is the first 12 characters.</summary>
    public const string ReportUrl = "https://octo.github.io/repro/abc123456789/";

    private readonly TempDir temp = new();

    public PublishScenario() => Github = new FakeGitHubApi(Token);

    public FakeGitHubApi Github { get; }
    public InstantClock Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public TestConsole Console { get; } = new TestConsole().Width(250);
    public string Artifacts => Path.Combine(temp.Path, "artifacts");
    public Dictionary<string, string?> Environment { get; } = new();

    /// <summary>The variables of a push build.</summary>
    public PublishScenario OnPush()
    {
        Environment["GITHUB_TOKEN"] = Token;
        Environment["GITHUB_REPOSITORY"] = $"{FakeGitHubApi.Owner}/{FakeGitHubApi.Repo}";
        Environment["GITHUB_API_URL"] = Github.ApiUrl.AbsoluteUri;
        Environment["GITHUB_SERVER_URL"] = "https://github.com";
        Environment["GITHUB_SHA"] = HeadSha;
        Environment["GITHUB_EVENT_NAME"] = "push";
        return this;
    }

    /// <summary>The variables of a pull request build, with its event file.</summary>
    public PublishScenario OnPullRequest(int number, bool fromFork = false)
    {
        OnPush();
        var eventFile = Path.Combine(temp.Path, "event.json");
        var head = new JsonObject { ["sha"] = HeadSha, ["repo"] = new JsonObject { ["full_name"] = fromFork ? "someone/repro" : "octo/repro" } };
        var baseRef = new JsonObject { ["sha"] = BaseSha, ["repo"] = new JsonObject { ["full_name"] = "octo/repro" } };
        var pr = new JsonObject { ["number"] = number, ["head"] = head, ["base"] = baseRef };
        File.WriteAllText(eventFile, new JsonObject { ["action"] = "synchronize", ["number"] = number, ["pull_request"] = pr }.ToJsonString());
        Environment["GITHUB_EVENT_NAME"] = "pull_request";
        Environment["GITHUB_EVENT_PATH"] = eventFile;
        // On a pull request GITHUB_SHA is the merge commit, not the head: the status must not go there.
        Environment["GITHUB_SHA"] = "3333333333333333333333333333333333333333";
        return this;
    }

    public PublishScenario WithResults(params RunRecord[] records)
    {
        ResultsFiles.Write(ResultsOf(temp.Path, "current", records), Path.Combine(Artifacts, "results.json"), Path.Combine(Artifacts, "results.csv"));
        return this;
    }

    public PublishScenario WithClaims(params string[] verdicts)
    {
        var outcomes = string.Join(",", verdicts.Select((v, i) => $$"""{"id":"C{{i}}","verdict":"{{v}}"}"""));
        File.WriteAllText(Path.Combine(Artifacts, "claims.json"), $$"""{"schema_version":2,"outcomes":[{{outcomes}}]}""");
        return this;
    }

    /// <summary>Puts the base commit's results.json where the report history keeps it on gh-pages.</summary>
    public PublishScenario WithBaseResults(params RunRecord[] records)
    {
        var path = Path.Combine(temp.Path, "base-results.json");
        ResultsFiles.Write(ResultsOf(temp.Path, "base", records), path, Path.ChangeExtension(path, ".csv"));
        Github.PutFile("gh-pages", "222222222222/data/results.json", File.ReadAllBytes(path));
        return this;
    }

    public Task<PublishOutcome> PublishAsync(bool dryRun = false, RetryPolicy? policy = null)
        => PublishRun.ExecuteAsync(
            new PublishOptions(Path.Combine(Artifacts, "results.json"), Path.Combine(Artifacts, "claims.json"), dryRun, null, null, null, null),
            name => Environment.GetValueOrDefault(name), Console, Clock, policy);

    /// <summary>Every request as "METHOD path?query", in order.</summary>
    public string[] RequestLines => [.. Github.Requests.Select(r => $"{r.Method} {r.PathAndQuery}")];

    private static Results ResultsOf(string root, string name, RunRecord[] records)
    {
        var runs = Path.Combine(root, "runs-" + name);
        foreach (var runner in records.GroupBy(r => r.Runner)) Records.WriteRunner(runs, runner.Key, runner);
        return Aggregator.Aggregate([runs], TimeProvider.System);
    }

    /// <summary>n runs of a cell whose proc times step by 1 % from <paramref name="first"/>.</summary>
    public static IEnumerable<RunRecord> Runs(string variant, int workers, double first, int n, string runner = "linux-x64-py313")
        => Enumerable.Range(0, n).Select(i => Records.Make(variant, workers, first * (1 + 0.01 * i), i, runner: runner));

    public void Dispose()
    {
        Github.Dispose();
        temp.Dispose();
    }

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
