using System.Globalization;
using System.Text;
using ParallelRepro.Common;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Which machines and runtimes produced the numbers, from what: without this, absolute times mean nothing.</summary>
internal sealed class EnvironmentSection : IReportSection
{
    public string Heading => "Environment and provenance";

    public void Write(ReportContext report, StringBuilder md)
    {
        var results = report.Results;
        md.Heading(Heading);
        var rows = results.Runners.SelectMany(r => r.Runtimes.Select(rt =>
        {
            var facts = r.RuntimeFacts.GetValueOrDefault(rt);
            var python = Interpreter(facts);
            return (IReadOnlyList<string>)
            [
                MarkdownText.Escape(r.Runner), MarkdownText.Escape(rt), MarkdownText.Escape(python),
                MarkdownText.Escape(r.Machine.Os), MarkdownText.Escape(r.Machine.CpuModel),
                r.Machine.LogicalCores.ToString(CultureInfo.InvariantCulture), MarkdownText.Escape(r.Compiler ?? "–"),
            ];
        }));
        md.Append(MarkdownText.Table(["runner", "runtime", "interpreter", "OS", "CPU", "logical cores", "compiler"], rows)).AppendLine();
        foreach (var runner in results.Runners.Where(r => r.Wikis.Count > 0))
            md.AppendLine(CultureInfo.InvariantCulture, $"- The I/O-bound program on {MarkdownText.Escape(runner.Runner)} queried {MarkdownText.Escape(string.Join("; ", runner.Wikis))}.");
        foreach (var runner in results.Runners)
            if (runner.SpeedProbesS is { } probes && Running.SpeedProbe.Describe(probes) is { } spread)
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- Machine speed on {MarkdownText.Escape(runner.Runner)}: a fixed piece of CPU work timed before each of its {probes.Count} runs took {spread}. Differences between cells smaller than that spread need many runs to tell apart.");
        foreach (var line in results.Runners.Select(r => DisturbedRuns(results, r.Runner)).OfType<string>())
            md.AppendLine(line);
        var workers = results.Cells.Select(c => c.Workers).Distinct().Order().Select(n => n.ToString(CultureInfo.InvariantCulture));
        var repetitions = results.Cells.Select(c => c.Statuses.Values.Sum()).DefaultIfEmpty(0);
        md.AppendLine(CultureInfo.InvariantCulture, $"- Commit(s) measured: {string.Join(", ", results.Commits.Select(MarkdownText.Code))}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Profile(s): {MarkdownText.Escape(string.Join(", ", results.Profiles))}; n = {string.Join(", ", workers)}; {repetitions.Min()}–{repetitions.Max()} run(s) per cell, {results.RecordCount} run record(s) in all");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Results aggregated {Time(results.CreatedUtc)} UTC (results schema {results.SchemaVersion}); this page generated {Time(report.GeneratedUtc)} UTC from the files under [data/](#data)");
        md.AppendLine("- Times are medians over repetitions, each run in a fresh process; speedups are ratios of runs on the same runner, runtime and cores.");
        md.AppendLine();
    }

    /// <summary>How many of a runner's runs were disturbed (<see cref="Aggregation.Disturbance"/>), or null when none were.</summary>
    internal static string? DisturbedRuns(Aggregation.Results results, string runner)
    {
        var samples = results.Cells.Where(c => c.Runner == runner).SelectMany(c => c.Samples).ToArray();
        var disturbed = samples.Count(s => s.Disturbed);
        return disturbed == 0 ? null : string.Create(CultureInfo.InvariantCulture,
            $"- Disturbed runs on {MarkdownText.Escape(runner)}: {disturbed} of its {samples.Length} successful runs were taken while a CPU they could use took a fixed piece of work over {Running.SpeedProbe.DisturbanceFactor}× its usual time there (the lower quartile; the Python harness times it on each CPU before and after a run). They are kept, and each claim's note counts those it read.");
    }

    /// <summary>Python's facts in Python's terms; a .NET runtime has no GIL or start method to speak of.</summary>
    private static string Interpreter(Running.RuntimeFacts? facts) => facts switch
    {
        null => "–",
        { Implementation: RuntimeIds.DotNet } => $".NET {facts.Version}, the C# programs",
        _ => $"{facts.Implementation} {facts.Version}, GIL {(facts.GilEnabled == false ? "disabled" : "enabled")}{(facts.FreeThreadedBuild == true ? " (free-threaded build)" : "")}, start method {facts.StartMethod ?? "–"}",
    };

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
