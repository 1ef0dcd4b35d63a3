using ParallelRepro.Common;
using Spectre.Console;

namespace ParallelRepro.BuildTasks;

/// <summary>
/// The jobs of the CI graph (.github/workflows/reproduce.yml) after the bench legs: merge the legs' runs, the
/// report stages over the merged results, and adding the reports to the site history.
/// </summary>
public sealed class CiJobs(ReproCommand repro, IAnsiConsole console)
{
    /// <summary>The downloaded legs: one folder per artifact, each holding &lt;runner&gt;/records.jsonl.</summary>
    public static IReadOnlyList<string> LegFolders(string legs)
    {
        var folders = Directory.Exists(legs) ? Directory.GetDirectories(legs).Order(StringComparer.Ordinal).ToArray() : [];
        if (folders.Length == 0) throw new ReproException($"no leg folders under {legs} (did any bench leg upload its runs?)");
        return folders;
    }

    /// <summary>Aggregates every leg's runs into results.json (of <paramref name="artifacts"/>, or the checkout's).</summary>
    public Task MergeAsync(IReadOnlyList<string> legFolders, string? artifacts, CancellationToken ct)
        => repro.RunAsync("aggregate", [.. Where(artifacts, null), "--runs", .. legFolders], ct);

    /// <summary>
    /// Effort (Table 2 from the sources), claims and the report over the merged results, in that order: the report
    /// only reads the verdicts the claims stage wrote into claims.json.
    /// </summary>
    public async Task ReportStagesAsync(string? artifacts, string? reports, CancellationToken ct)
    {
        foreach (var verb in new[] { "effort", "claims", "report" })
            await repro.RunAsync(verb, Where(artifacts, reports), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Append-only: every report folder is copied in, replacing only a folder of the same commit; then the site's
    /// index is rebuilt over all of them.
    /// </summary>
    public async Task AddToSiteAsync(string reports, string site, CancellationToken ct)
    {
        Directory.CreateDirectory(site);
        foreach (var report in Directory.GetDirectories(reports).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(site, Path.GetFileName(report));
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Folders.Copy(report, target);
            console.WriteLine($"site: {target}");
        }
        await repro.RunAsync("site", ["--reports", Path.GetFullPath(site)], ct).ConfigureAwait(false);
    }

    private static string[] Where(string? artifacts, string? reports)
        => [.. artifacts is null ? [] : new[] { "--artifacts", artifacts }, .. reports is null ? [] : new[] { "--reports", reports }];
}
