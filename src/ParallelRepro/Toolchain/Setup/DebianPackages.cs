using ParallelRepro.Common;

namespace ParallelRepro.Toolchain.Setup;

/// <summary>Which Debian packages are installed, asked of dpkg in one call (fast enough to run before every command).</summary>
internal static class DebianPackages
{
    public static bool CanQuery => OperatingSystem.IsLinux() && File.Exists("/usr/bin/dpkg-query");

    public static async Task<IReadOnlySet<string>> InstalledAsync(IEnumerable<string> names, CancellationToken ct)
    {
        // dpkg-query exits 1 when a name is unknown to it; the known ones are still listed, so the exit code is not used.
        var result = await ProcessRunner.RunAsync(
            new ProcessSpec("dpkg-query", ["-W", "-f=${Package} ${db:Status-Abbrev}\\n", .. names]) { Timeout = TimeSpan.FromSeconds(30) }, ct)
            .ConfigureAwait(false);
        return ParseInstalled(result.StandardOutput);
    }

    /// <summary>Lines of "name status": "ii" is installed; "rc" (removed, config kept) and "un" are not.</summary>
    internal static IReadOnlySet<string> ParseInstalled(string dpkgOutput)
        => dpkgOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2))
            .Where(parts => parts.Length == 2 && parts[1].StartsWith("ii", StringComparison.Ordinal))
            .Select(parts => parts[0].Split(':')[0]) // "pkg:amd64" for multi-arch packages
            .ToHashSet(StringComparer.Ordinal);
}
