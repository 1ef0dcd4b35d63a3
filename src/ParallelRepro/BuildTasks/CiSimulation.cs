using ParallelRepro.Configuration;
using Spectre.Console;

namespace ParallelRepro.BuildTasks;

/// <summary>
/// The CI graph on this machine, so that the workflow's path is exercised before a push: two bench legs
/// (sim-1core: --cores=1, sim-allcores: all cores; the smoke profile unless --profile says otherwise), then the
/// report job through the same <see cref="CiJobs"/> as CI, all under <c>artifacts/ci-sim</c>.
/// </summary>
public sealed class CiSimulation(ReproCommand repro, IAnsiConsole console)
{
    public static IReadOnlyList<(string Runner, string Cores)> Legs { get; } = [("sim-1core", "1"), ("sim-allcores", "0")];

    public async Task RunAsync(string simulationFolder, CancellationToken ct)
    {
        var sim = Path.GetFullPath(simulationFolder);
        // Each simulation starts from nothing, as each CI run starts from a clean clone.
        if (Directory.Exists(sim)) Directory.Delete(sim, recursive: true);
        Directory.CreateDirectory(sim);
        foreach (var (runner, cores) in Legs)
        {
            var leg = Path.Combine(sim, $"leg-{runner}");
            var legSettings = new Dictionary<Setting, string>
            {
                [SettingsSchema.Runner] = runner,
                [SettingsSchema.Cores] = cores,
                [SettingsSchema.Profile] = repro.Given.GetValueOrDefault(SettingsSchema.Profile) ?? Configuration.Profile.Smoke.Name,
            };
            foreach (var verb in new[] { "doctor", "build", "data", "run" })
                await repro.RunAsync(verb, legSettings, ["--artifacts", leg], ct).ConfigureAwait(false);
            // upload-artifact + download-artifact: each leg's runs/ lands in its own folder.
            Folders.Copy(Path.Combine(leg, "runs"), Path.Combine(sim, "legs", $"runs-{runner}"));
        }
        var artifacts = Path.Combine(sim, "report", "artifacts");
        var reports = Path.Combine(sim, "report", "reports");
        var site = Path.Combine(sim, "site");
        var jobs = new CiJobs(repro, console);
        await jobs.MergeAsync(CiJobs.LegFolders(Path.Combine(sim, "legs")), artifacts, ct).ConfigureAwait(false);
        await jobs.ReportStagesAsync(artifacts, reports, ct).ConfigureAwait(false);
        await jobs.AddToSiteAsync(reports, site, ct).ConfigureAwait(false);
        await repro.RunAsync("publish", ["--artifacts", artifacts, "--dry-run"], ct).ConfigureAwait(false);
        console.WriteLine($"CI simulation: report under {reports}, site under {site}");
    }
}
