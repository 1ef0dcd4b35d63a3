namespace ParallelRepro.Common;

/// <summary>The commit being measured: CI's variable when set, else asked of git, else "unknown".</summary>
internal static class GitInfo
{
    public static async Task<string> CommitAsync(string root, CancellationToken ct)
    {
        if (Environment.GetEnvironmentVariable("GITHUB_SHA") is { Length: >= 7 } sha) return sha;
        try
        {
            var head = await ProcessRunner.RunAsync(new ProcessSpec("git", ["rev-parse", "HEAD"]) { WorkingDirectory = root, Timeout = TimeSpan.FromSeconds(20) }, ct).ConfigureAwait(false);
            if (!head.Succeeded) return "unknown";
            var status = await ProcessRunner.RunAsync(new ProcessSpec("git", ["status", "--porcelain", "--untracked-files=no"]) { WorkingDirectory = root, Timeout = TimeSpan.FromSeconds(20) }, ct).ConfigureAwait(false);
            var dirty = status.Succeeded && status.StandardOutput.Trim().Length > 0;
            return head.StandardOutput.Trim() + (dirty ? "-dirty" : "");
        }
        catch (ReproException)
        {
            return "unknown"; // git is not installed: still measure, just without a commit
        }
    }

    /// <summary>The folder name of a commit's report.</summary>
    public static string ShortName(string commit)
        => commit.Length > 12 && !commit.StartsWith("unknown", StringComparison.Ordinal)
            ? commit[..12] + (commit.EndsWith("-dirty", StringComparison.Ordinal) ? "-dirty" : "")
            : commit;
}
