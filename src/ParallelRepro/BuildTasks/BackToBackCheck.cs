using System.Diagnostics;
using ParallelRepro.Configuration;
using ParallelRepro.Reproducibility;
using Spectre.Console;

namespace ParallelRepro.BuildTasks;

/// <summary>
/// Are the speedups and the verdicts reproducible on this machine? The matrix twice, back to back, under two runner
/// labels, then <c>repro compare</c> of the two: every cell with a median above 0.2 s should give speedups within
/// ±10 %, and the claims stage on each run alone must give the same verdict on every claim × runtime (any flip fails).
/// </summary>
public sealed class BackToBackCheck(ReproCommand repro, RepoLayout layout, IAnsiConsole console)
{
    public static IReadOnlyList<string> Runners { get; } = ["b2b-1", "b2b-2"];

    /// <summary>Where the two runs are kept: out of artifacts/runs, so that the next report does not show them beside the reproduction.</summary>
    public string KeptRuns => Path.Combine(layout.Artifacts, "bench", "reproducibility", "runs");

    public async Task RunAsync(ComparisonCriteria criteria, CancellationToken ct)
    {
        criteria.Validate(); // a bad --tolerance fails now, not after two runs of the matrix
        if (repro.Given.ContainsKey(SettingsSchema.Runner))
            console.WriteLine($"warning: --runner is ignored: the check measures as {string.Join(" and ", Runners)}");
        var walls = new List<string>();
        foreach (var runner in Runners)
        {
            // --fresh measures every run again but appends to the runner's records: leftovers of an interrupted
            // check would join this one's cells, so each check starts from nothing.
            DeleteIfThere(layout.RunnerDir(runner));
            var clock = Stopwatch.StartNew();
            await repro.RunAsync("run", RunnerIs(runner), ["--fresh"], ct).ConfigureAwait(false);
            walls.Add($"{runner} {WallTime(clock.Elapsed)}");
            console.WriteLine($"{runner}: the matrix took {WallTime(clock.Elapsed)} (wall time)");
        }
        console.WriteLine($"wall time: {string.Join(", ", walls)}");
        Directory.CreateDirectory(KeptRuns);
        foreach (var runner in Runners)
        {
            var target = Path.Combine(KeptRuns, runner);
            DeleteIfThere(target);
            Directory.Move(layout.RunnerDir(runner), target);
        }
        string[] compare = [.. Runners, "--runs", KeptRuns, "--check", "--verdicts"];
        await repro.RunAsync("compare", RunnerIs(Runners[0]), compare, ct).ConfigureAwait(false);
    }

    private static Dictionary<Setting, string> RunnerIs(string runner) => new() { [SettingsSchema.Runner] = runner };

    private static void DeleteIfThere(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    internal static string WallTime(TimeSpan elapsed) => $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds:00} s";
}
