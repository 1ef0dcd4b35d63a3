using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Publishing;

/// <summary>
/// The real <c>repro publish</c> process, configured only by the environment as in a workflow step:
/// what it prints, its exit code, and that the token appears in none of it.
/// </summary>
public sealed class PublishCliTests : IDisposable
{
    private readonly PublishScenario scenario = new();

    [Fact]
    public async Task Publishing_prints_what_it_set_and_never_the_token()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 2)]);

        var result = await RunAsync();

        Assert.True(result.ExitCode == 0, result.StandardErrorTail + result.StandardOutput);
        Assert.Contains("status parallelrepro/reproduction on 111111111111: success: 2/2 runs ok, 1 cells, 1 runner(s)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Single(scenario.Github.Statuses);
        AssertNoToken(result);
    }

    [Fact]
    public async Task A_rejected_token_is_one_error_line_with_exit_code_2()
    {
        scenario.OnPush().WithResults([.. PublishScenario.Runs("serial", 1, 1.0, 1)]);
        scenario.Github.Force("POST", $"{scenario.Github.RepoPath}/statuses/", 401, """{"message":"Bad credentials"}""");

        var result = await RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: GitHub rejected the token (401) while setting the commit status of 111111111111", result.StandardErrorTail.Trim(), StringComparison.Ordinal);
        Assert.Single(result.StandardErrorTail.Trim().Split('\n'));
        AssertNoToken(result);
    }

    private Task<ProcessResult> RunAsync()
    {
        var environment = new Dictionary<string, string?>(scenario.Environment) { ["GITHUB_EVENT_PATH"] = null, ["REPRO_PAGES_URL"] = null };
        var repro = Path.Combine(AppContext.BaseDirectory, "repro.dll");
        return ProcessRunner.RunAsync(new ProcessSpec("dotnet", [repro, "publish", "--root", Repo.Root, "--artifacts", scenario.Artifacts])
        {
            Environment = environment,
            Timeout = TimeSpan.FromMinutes(2),
        });
    }

    private static void AssertNoToken(ProcessResult result)
        => Assert.DoesNotContain(PublishScenario.Token, result.StandardOutput + result.StandardErrorTail, StringComparison.Ordinal);

    public void Dispose() => scenario.Dispose();
}
