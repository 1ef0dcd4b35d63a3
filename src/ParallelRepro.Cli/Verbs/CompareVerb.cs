using System.CommandLine;
using System.Globalization;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Reproducibility;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro compare A B</c>: how well runner B reproduces runner A's speedups, cell by cell (see
/// <see cref="SpeedupComparison"/>); a table worst first, a summary line, and compare-A-vs-B.json. With
/// <c>--verdicts</c>, also the claims stage on each runner alone (claims-A.json, claims-B.json) and every verdict
/// that differs between them (<see cref="VerdictComparison"/>). With <c>--check</c>, exit 1 when a cell is outside
/// the tolerance or a verdict flipped.
/// </summary>
internal static class CompareVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions(SettingsSchema.Tolerance, SettingsSchema.MinMedian);
        var runs = new RunsOption(manyPerToken: false);
        var runnerA = new Argument<string>("runner-a") { Description = "Runner label of the reference speedups (A)" };
        var runnerB = new Argument<string>("runner-b") { Description = "Runner label compared with it (B)" };
        var check = new Option<bool>("--check") { Description = "Exit 1 when any compared cell is outside the tolerance, or (with --verdicts) any verdict differs" };
        var verdicts = new Option<bool>("--verdicts")
        {
            Description = "Also decide the claims on each runner's runs alone (claims-<runner>.json) and compare the verdicts per claim × runtime",
        };
        var command = new Command("compare", "Compare the speedups of two runners cell by cell: are they reproducible within a tolerance?")
        {
            runnerA, runnerB, runs.Option, check, verdicts,
        };
        settings.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var criteria = Criteria(settings, parse);
            var (a, b) = (parse.GetValue(runnerA)!, parse.GetValue(runnerB)!);
            var s = settings.Resolve(parse);
            criteria.Validate(); // before reading any record
            var roots = runs.Roots(parse, s.Layout);
            var results = Aggregator.Aggregate(roots, services.Clock);
            var report = SpeedupComparison.Compare(results, a, b, criteria, services.Clock, $" under {string.Join(", ", roots)}");
            var path = Path.Combine(s.Layout.Artifacts, SpeedupComparisonReport.FileName(a, b));
            report.Write(path);

            Render(services.Console, report);
            services.Console.MarkupLineInterpolated($"wrote {path}");
            services.Console.WriteLine(report.Summary);
            var flips = parse.GetValue(verdicts) ? Verdicts(services.Console, VerdictComparison.DecideAndCompare(results, a, b, s.Layout.Artifacts, services.Clock)) : 0;
            return Task.FromResult(parse.GetValue(check) && (report.Outside > 0 || flips > 0) ? ExitCodes.Failed : ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>--tolerance and --min-median, or the acceptance criterion's defaults (also for repro bench reproducibility).</summary>
    internal static ComparisonCriteria Criteria(SettingsOptions settings, ParseResult parse)
        => new(settings.Get(parse, SettingsSchema.Tolerance) ?? ComparisonCriteria.DefaultTolerance,
            settings.Get(parse, SettingsSchema.MinMedian) ?? ComparisonCriteria.DefaultMinMedianS);

    /// <summary>Prints the verdict comparison, each flip on its own line; returns the number of flips.</summary>
    private static int Verdicts(IAnsiConsole console, VerdictComparisonResult result)
    {
        console.WriteLine($"verdicts decided on each runner alone: {result.FileA}, {result.FileB}");
        foreach (var flip in result.Flips) console.WriteLine($"verdict flipped: {flip}");
        console.WriteLine(result.Summary);
        return result.Flips.Count;
    }

    private static void Render(IAnsiConsole console, SpeedupComparisonReport report)
    {
        var (a, b) = (Markup.Escape(report.RunnerA.Runner), Markup.Escape(report.RunnerB.Runner));
        var tolerance = SpeedupComparisonReport.TolerancePercent(report.Tolerance);
        console.MarkupLine($"speedups of {b} against {a}: serial median / variant median of the same runner, runtime and cores; " +
            "width = (high - low) / speedup of the speedup's interval, a 95 % interval from both medians' Harrell-Davis errors (wide with few runs)");
        var table = new Table().AddColumns("cell", $"median {a}", $"median {b}", $"speedup {a}", "width", $"speedup {b}", "width",
            $"{b}/{a} - 1", $"within {tolerance}", "intervals overlap");
        foreach (var c in report.Cells)
        {
            table.AddRow(
                Markup.Escape(SpeedupComparison.Label(c.Cell)),
                Seconds(c.A.MedianS), Seconds(c.B.MedianS),
                Number(c.A.Speedup), Percent(c.A.RelativeWidth),
                Number(c.B.Speedup), Percent(c.B.RelativeWidth),
                Percent(c.RelativeDifference, signed: true),
                c.WithinTolerance ? "yes" : "[red]no[/]",
                c.IntervalsOverlap ? "yes" : "[yellow]no[/]");
        }
        console.Write(table);
        foreach (var runner in new[] { report.RunnerA, report.RunnerB })
            if (runner.SpeedProbesS is { } probes && Running.SpeedProbe.Describe(probes) is { } speed)
                console.MarkupLineInterpolated($"machine speed on {runner.Runner} (speed probe before each run): {speed}");

        foreach (var s in report.Skipped.Where(s => s.Why == SkipReason.NoSpeedup))
            console.MarkupLineInterpolated($"not compared: {SpeedupComparison.Label(s.Cell)}: {s.Detail}");
        var below = report.Skipped.Count(s => s.Why == SkipReason.BelowMinMedian);
        if (below > 0)
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"left out: {below} cell(s) with a median not above {report.MinMedianS:0.###} s in both"));
        foreach (var (why, runner) in new[] { (SkipReason.OnlyInA, report.RunnerA.Runner), (SkipReason.OnlyInB, report.RunnerB.Runner) })
        {
            var only = report.Skipped.Where(s => s.Why == why).ToArray();
            if (only.Length == 0) continue;
            var byRuntime = only.GroupBy(s => s.Cell.Runtime).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}");
            console.WriteLine($"only in {runner}: {only.Length} cell(s) ({string.Join(", ", byRuntime)})");
        }
    }

    private static string Seconds(double value) => value.ToString("0.000 s", CultureInfo.InvariantCulture);

    /// <summary>Two decimals, or three significant digits for small speedups (the overhead probe's are about 0.001).</summary>
    private static string Number(double value) => value.ToString(Math.Abs(value) >= 0.1 ? "0.00" : "G3", CultureInfo.InvariantCulture);

    private static string Percent(double fraction, bool signed = false)
        => fraction.ToString(signed ? "+0.0 %;-0.0 %;0.0 %" : "0.0 %", CultureInfo.InvariantCulture);
}
