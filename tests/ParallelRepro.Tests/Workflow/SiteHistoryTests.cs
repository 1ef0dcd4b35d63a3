using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Workflow;

/// <summary>
/// build/scripts/site-history.sh, as the history job runs it, against a local bare repository standing
/// in for GitHub: the first report creates gh-pages, and two runs racing to push both keep their reports.
/// </summary>
public sealed class SiteHistoryTests : IDisposable
{
    private static readonly string Script = Path.Combine(Repo.Root, "build", "scripts", "site-history.sh");
    private readonly TempDir temp = new();

    private string Origin => Path.Combine(temp.Path, "origin.git");

    [Fact]
    public async Task The_first_report_starts_an_empty_gh_pages_branch()
    {
        await CreateOriginAsync(withPages: false);
        var clone = await CloneAsync("run1");

        await RunAsync(clone, Script, "checkout", "site");
        var push = await RunAsync(clone, Script, "push", "site", "Report of 1", "bash", "-c", AddReport("bbb"));

        Assert.Contains("pushed to gh-pages (attempt 1)", push.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(["bbb/index.html"], await PagesFilesAsync());
    }

    [Fact]
    public async Task Two_runs_racing_to_push_both_keep_their_reports()
    {
        await CreateOriginAsync(withPages: true);
        var first = await CloneAsync("run1");
        var second = await CloneAsync("run2");
        await RunAsync(first, Script, "checkout", "site");
        await RunAsync(second, Script, "checkout", "site");

        // The second run pushes while the first still holds the old history.
        await RunAsync(second, Script, "push", "site", "Report of ccc", "bash", "-c", AddReport("ccc"));
        var push = await RunAsync(first, Script, "push", "site", "Report of bbb", "bash", "-c", AddReport("bbb"));

        Assert.Contains("gh-pages moved on (attempt 1 of 5)", push.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("pushed to gh-pages (attempt 2)", push.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(["aaa/index.html", "bbb/index.html", "ccc/index.html"], await PagesFilesAsync());
    }

    [Fact]
    public async Task Pushing_the_same_report_again_changes_nothing()
    {
        await CreateOriginAsync(withPages: true);
        var clone = await CloneAsync("run1");
        await RunAsync(clone, Script, "checkout", "site");

        var push = await RunAsync(clone, Script, "push", "site", "Report of aaa again", "bash", "-c", AddReport("aaa"));

        Assert.Contains("site history already has this report", push.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary>What Publish-Site does, in small: this run's report folder written into site/.</summary>
    private static string AddReport(string folder) => $"mkdir -p site/{folder} && echo '{folder}' > site/{folder}/index.html";

    private async Task CreateOriginAsync(bool withPages)
    {
        await RunAsync(temp.Path, "git", "init", "-q", "--bare", "-b", "main", Origin);
        var seed = Path.Combine(temp.Path, "seed");
        await RunAsync(temp.Path, "git", "clone", "-q", Origin, seed);
        await RunAsync(seed, "bash", "-c", "echo code > README.md && git add README.md && git commit -qm code && git push -q origin HEAD:main");
        if (withPages)
            await RunAsync(seed, "bash", "-c", "git checkout -q --orphan gh-pages && git rm -rfq . && mkdir aaa && echo aaa > aaa/index.html && git add aaa && git commit -qm aaa && git push -q origin gh-pages");
    }

    private async Task<string> CloneAsync(string name)
    {
        var dir = Path.Combine(temp.Path, name);
        await RunAsync(temp.Path, "git", "clone", "-q", "--depth=1", $"file://{Origin}", dir);
        return dir;
    }

    private async Task<string[]> PagesFilesAsync()
    {
        var files = await RunAsync(temp.Path, "git", "--git-dir", Origin, "ls-tree", "-r", "--name-only", "gh-pages");
        return files.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static async Task<ProcessResult> RunAsync(string cwd, string program, params string[] args)
    {
        var result = await ProcessRunner.RunAsync(new ProcessSpec(program, args)
        {
            WorkingDirectory = cwd,
            Timeout = TimeSpan.FromMinutes(1),
            Environment = new Dictionary<string, string?>
            {
                ["GIT_AUTHOR_NAME"] = "test", ["GIT_AUTHOR_EMAIL"] = "test@example.invalid",
                ["GIT_COMMITTER_NAME"] = "test", ["GIT_COMMITTER_EMAIL"] = "test@example.invalid",
                ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_TERMINAL_PROMPT"] = "0",
            },
        });
        Assert.True(result.Succeeded, $"{program} {string.Join(' ', args)} failed (exit {result.ExitCode}): {result.StandardErrorTail}{result.StandardOutput}");
        return result;
    }

    public void Dispose() => temp.Dispose();
}
