// Are the speedups and the verdicts reproducible on this machine? The matrix twice, back to back, under two runner
// labels, then `repro compare` of the two: every cell with a median above 0.2 s should give speedups within ±10 %,
// and the claims stage on each run alone must give the same verdict on every claim × runtime (any flip fails).

static readonly string[] BackToBackRunners = { "b2b-1", "b2b-2" };

// Cake arguments of Bench-Reproducibility, passed to `repro compare` (arguments.cake accepts and checks these).
static readonly string[] CompareArgumentNames = { "tolerance", "min-median" };

Task("Bench-Reproducibility")
    .Description("Run the matrix twice back to back (runners b2b-1, b2b-2, --fresh), then 'repro compare b2b-1 b2b-2 --check --verdicts': speedups and verdicts (--tolerance, --min-median)")
    .IsDependentOn("Data")
    .Does(() =>
    {
        if (HasArgument("runner")) Warning($"--runner is ignored: Bench-Reproducibility measures as {string.Join(" and ", BackToBackRunners)}");
        var walls = new List<string>();
        foreach (var runner in BackToBackRunners)
        {
            // --fresh measures every run again but appends to the runner's records: leftovers of an interrupted
            // check would join this one's cells, so each check starts from nothing.
            var folder = Directory($"artifacts/runs/{runner}");
            if (DirectoryExists(folder)) DeleteDirectory(folder, new DeleteDirectorySettings { Recursive = true });
            var clock = System.Diagnostics.Stopwatch.StartNew();
            ReproWith("run", new Dictionary<string, string> { ["runner"] = runner }, "--fresh");
            walls.Add($"{runner} {WallTime(clock.Elapsed)}");
            Information($"{runner}: the matrix took {WallTime(clock.Elapsed)} (wall time)");
        }
        Information($"wall time: {string.Join(", ", walls)}");
        // Out of artifacts/runs before comparing: the check's runners are not the reproduction's, and the next
        // report would otherwise show them beside it.
        var kept = Directory("artifacts/bench/reproducibility/runs");
        EnsureDirectoryExists(kept);
        foreach (var runner in BackToBackRunners)
        {
            var target = kept + Directory(runner);
            if (DirectoryExists(target)) DeleteDirectory(target, new DeleteDirectorySettings { Recursive = true });
            MoveDirectory(Directory($"artifacts/runs/{runner}"), target);
        }
        var compare = new List<string>(BackToBackRunners) { "--runs", MakeAbsolute(kept).FullPath, "--check", "--verdicts" };
        foreach (var name in CompareArgumentNames)
            if (HasArgument(name)) compare.AddRange(new[] { $"--{name}", Argument<string>(name) });
        ReproWith("compare", new Dictionary<string, string> { ["runner"] = BackToBackRunners[0] }, compare.ToArray());
    });

static string WallTime(TimeSpan elapsed) => $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds:00} s";

// Bad --tolerance or --min-median fail at once, not after two runs of the matrix. The same rules as
// ComparisonCriteria.Validate in the CLI.
void CheckCompareArguments()
{
    foreach (var name in CompareArgumentNames.Where(HasArgument))
    {
        var text = Argument<string>(name);
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw new CakeException(2, $"--{name} must be a number, got '{text}'");
        if (name == "tolerance" && (value <= 0 || value > 1))
            throw new CakeException(2, $"--tolerance must be a fraction above 0 and at most 1 (0.10 = ±10 %), got {text}");
        if (name == "min-median" && value < 0)
            throw new CakeException(2, $"--min-median must be seconds, 0 or more, got {text}");
    }
}
