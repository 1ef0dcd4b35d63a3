using ParallelRepro.Common;
using Spectre.Console;

namespace ParallelRepro.Toolchain;

/// <summary>Installs Debian packages when that is possible here: root on Debian or Ubuntu.</summary>
internal static class AptInstaller
{
    public static bool CanInstall()
        => OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess && IsDebianLike(ReadOsRelease());

    internal static bool IsDebianLike(string osRelease)
        => osRelease.Split('\n').Any(line =>
            (line.StartsWith("ID=", StringComparison.Ordinal) || line.StartsWith("ID_LIKE=", StringComparison.Ordinal))
            && (line.Contains("debian", StringComparison.Ordinal) || line.Contains("ubuntu", StringComparison.Ordinal)));

    public static async Task InstallAsync(IReadOnlyList<string> packages, IAnsiConsole console, CancellationToken ct)
    {
        var environment = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        console.MarkupLineInterpolated($"[grey]apt-get update[/]");
        await Run(["update", "-qq"], environment, ct).ConfigureAwait(false);
        console.MarkupLineInterpolated($"[grey]apt-get install -y {string.Join(' ', packages)}[/]");
        await Run(["install", "-y", "-qq", .. packages], environment, ct).ConfigureAwait(false);
    }

    private static async Task Run(string[] args, Dictionary<string, string?> environment, CancellationToken ct)
    {
        var result = await ProcessRunner.RunAsync(
            new ProcessSpec("apt-get", args) { Environment = environment, Timeout = TimeSpan.FromMinutes(10) }, ct).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new ReproException($"apt-get {args[0]} failed (exit {result.ExitCode}): {PythonProbe.LastLine(result.StandardErrorTail)}");
    }

    private static string ReadOsRelease() => File.Exists("/etc/os-release") ? File.ReadAllText("/etc/os-release") : "";
}
