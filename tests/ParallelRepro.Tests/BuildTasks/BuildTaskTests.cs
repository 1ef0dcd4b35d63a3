using ParallelRepro.BuildTasks;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Reproducibility;
using ParallelRepro.Tests.Fixtures;
using Spectre.Console.Testing;

namespace ParallelRepro.Tests.BuildTasks;

/// <summary>
/// The logic behind the CI and benchmark Cake targets, with the repro verbs they call recorded instead of run:
/// a fake verb does what the real one leaves behind (a leg's runs, a report folder).
/// </summary>
public sealed class BuildTaskTests : IDisposable
{
    private readonly TempDir dir = new();
    private readonly TestConsole console = new();
    private readonly List<string[]> calls = [];

    private ReproCommand Repro(Dictionary<Setting, string>? given = null, Func<string[], int>? exit = null)
        => new((arguments, _) =>
        {
            var args = arguments.ToArray();
            calls.Add(args);
            LeaveOutputs(args);
            return Task.FromResult(exit?.Invoke(args) ?? 0);
        }, given ?? []);

    private static string? After(string[] args, string option) => Array.IndexOf(args, option) is var i and >= 0 ? args[i + 1] : null;

    private void LeaveOutputs(string[] args)
    {
        if (args[0] == "run" && After(args, "--runner") is { } runner)
        {
            var runs = After(args, "--artifacts") is { } artifacts ? Path.Combine(artifacts, "runs") : Path.Combine(dir.Path, "artifacts", "runs");
            Directory.CreateDirectory(Path.Combine(runs, runner));
            File.WriteAllText(Path.Combine(runs, runner, "records.jsonl"), "{}\n");
        }
        if (args[0] == "report" && After(args, "--reports") is { } reports)
        {
            Directory.CreateDirectory(Path.Combine(reports, "abc1234"));
            File.WriteAllText(Path.Combine(reports, "abc1234", "index.md"), "# report\n");
        }
    }

    [Fact]
    public async Task The_simulation_runs_two_legs_then_the_report_job_on_their_merged_runs()
    {
        var sim = dir.File("ci-sim");
        Directory.CreateDirectory(Path.Combine(sim, "stale"));

        await new CiSimulation(Repro(new() { [SettingsSchema.Groups] = "cpu_bound", [SettingsSchema.Cores] = "4" }), console).RunAsync(sim, default);

        Assert.False(Directory.Exists(Path.Combine(sim, "stale")), "each simulation starts from nothing");
        Assert.Equal(["doctor", "build", "data", "run", "doctor", "build", "data", "run", "aggregate", "effort", "claims", "report", "site", "publish"], calls.Select(c => c[0]));
        var firstLeg = calls[0];
        Assert.Equal(Path.Combine(sim, "leg-sim-1core"), After(firstLeg, "--artifacts"));
        // The leg fixes its runner and cores; the profile defaults to smoke; other given settings pass on.
        Assert.Equal(("sim-1core", "1", "smoke", "cpu_bound"), (After(firstLeg, "--runner"), After(firstLeg, "--cores"), After(firstLeg, "--profile"), After(firstLeg, "--groups")));
        Assert.Equal("0", After(calls[4], "--cores"));
        var aggregate = calls[8];
        Assert.Equal([Path.Combine(sim, "legs", "runs-sim-1core"), Path.Combine(sim, "legs", "runs-sim-allcores")], aggregate.SkipWhile(a => a != "--runs").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(sim, "legs", "runs-sim-allcores", "sim-allcores", "records.jsonl")));
        Assert.True(File.Exists(Path.Combine(sim, "site", "abc1234", "index.md")));
        Assert.Equal(Path.Combine(sim, "site"), After(calls[12], "--reports"));
        Assert.Contains("--dry-run", calls[13]);
    }

    [Fact]
    public async Task A_failing_verb_stops_the_job_with_its_exit_code()
    {
        var jobs = new CiJobs(Repro(exit: args => args[0] == "claims" ? 1 : 0), console);

        var error = await Assert.ThrowsAsync<ReproException>(() => jobs.ReportStagesAsync(null, null, default));

        Assert.Equal(1, error.ExitCode);
        Assert.Equal("repro claims failed with exit code 1 (the line above says why)", error.Message);
        Assert.Equal(["effort", "claims"], calls.Select(c => c[0]));
    }

    [Fact]
    public void No_leg_folders_is_an_error_naming_the_folder()
    {
        Directory.CreateDirectory(dir.File("legs"));
        var error = Assert.Throws<ReproException>(() => CiJobs.LegFolders(dir.File("legs")));
        Assert.Equal($"no leg folders under {dir.File("legs")} (did any bench leg upload its runs?)", error.Message);
    }

    [Fact]
    public async Task The_site_keeps_other_reports_and_replaces_one_of_the_same_commit()
    {
        var (reports, site) = (dir.File("reports"), dir.File("site"));
        Directory.CreateDirectory(Path.Combine(site, "old0001"));
        Directory.CreateDirectory(Path.Combine(site, "abc1234"));
        File.WriteAllText(Path.Combine(site, "abc1234", "stale.md"), "");
        Directory.CreateDirectory(Path.Combine(reports, "abc1234", "data"));
        File.WriteAllText(Path.Combine(reports, "abc1234", "data", "summary.json"), "{}");

        await new CiJobs(Repro(), console).AddToSiteAsync(reports, site, default);

        Assert.True(Directory.Exists(Path.Combine(site, "old0001")));
        Assert.False(File.Exists(Path.Combine(site, "abc1234", "stale.md")));
        Assert.True(File.Exists(Path.Combine(site, "abc1234", "data", "summary.json")));
        Assert.Equal(["site", "--reports", site], Assert.Single(calls));
    }

    [Fact]
    public async Task The_back_to_back_check_runs_twice_keeps_the_runs_apart_and_compares_them()
    {
        var layout = new RepoLayout(dir.Path);
        Directory.CreateDirectory(Path.Combine(layout.RunsRoot, "b2b-1", "leftover"));
        var check = new BackToBackCheck(Repro(new() { [SettingsSchema.Runner] = "mine", [SettingsSchema.Tolerance] = "0.2" }), layout, console);

        await check.RunAsync(new ComparisonCriteria(0.2), default);

        Assert.Equal(["run", "run", "compare"], calls.Select(c => c[0]));
        Assert.Equal(["b2b-1", "b2b-2"], calls.Take(2).Select(c => After(c, "--runner")));
        Assert.All(calls.Take(2), c => Assert.Contains("--fresh", c));
        Assert.Equal(["compare", "b2b-1", "b2b-2", "--runs", check.KeptRuns, "--check", "--verdicts"], calls[2].Take(7));
        Assert.Equal("0.2", After(calls[2], "--tolerance"));
        Assert.False(Directory.Exists(layout.RunnerDir("b2b-1")), "the check's runs leave artifacts/runs");
        Assert.Equal(["records.jsonl"], Directory.GetFiles(Path.Combine(check.KeptRuns, "b2b-1")).Select(Path.GetFileName));
        Assert.Contains("--runner is ignored", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_tolerance_fails_before_the_first_run()
    {
        var check = new BackToBackCheck(Repro(), new RepoLayout(dir.Path), console);

        var error = await Assert.ThrowsAsync<ReproException>(() => check.RunAsync(new ComparisonCriteria(Tolerance: 1.5), default));

        Assert.StartsWith("--tolerance must be a fraction", error.Message, StringComparison.Ordinal);
        Assert.Empty(calls);
    }

    [Fact]
    public void The_harness_benchmark_passes_a_profile_only_when_one_was_given()
    {
        var harness = new HarnessBenchmark(new RepoLayout("/checkout"));
        Assert.Equal([Path.Combine("/checkout", "build", "bench", "harness_vs_hyperfine.py")], harness.Arguments(null));
        Assert.Equal(["--profile", "smoke"], harness.Arguments("smoke").Skip(1));
    }

    public void Dispose() => dir.Dispose();
}
