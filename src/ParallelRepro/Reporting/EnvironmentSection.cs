using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;

namespace ParallelRepro.Reporting;

/// <summary>Which machines and runtimes produced the numbers: without this, absolute times mean nothing.</summary>
internal static class EnvironmentSection
{
    public static string Markdown(Results results)
    {
        var md = new StringBuilder();
        md.AppendLine("## Environment");
        md.AppendLine();
        var rows = results.Runners.SelectMany(r => r.Runtimes.Select(rt =>
        {
            var facts = r.RuntimeFacts.GetValueOrDefault(rt);
            var python = facts is null ? "–" : $"{facts.Implementation} {facts.Version}, GIL {(facts.GilEnabled == false ? "disabled" : "enabled")}{(facts.FreeThreadedBuild == true ? " (free-threaded build)" : "")}";
            return (IReadOnlyList<string>)
            [
                MarkdownText.Escape(r.Runner), MarkdownText.Escape(rt), MarkdownText.Escape(python),
                MarkdownText.Escape(r.Machine.Os), MarkdownText.Escape(r.Machine.CpuModel),
                r.Machine.LogicalCores.ToString(CultureInfo.InvariantCulture), MarkdownText.Escape(r.Compiler ?? "–"),
            ];
        }));
        md.Append(MarkdownText.Table(["runner", "runtime", "interpreter", "OS", "CPU", "logical cores", "compiler"], rows));
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Profile: {string.Join(", ", results.Profiles)}. Commit(s) measured: {string.Join(", ", results.Commits.Select(c => "`" + MarkdownText.Escape(c) + "`"))}. Aggregated {results.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.");
        md.AppendLine();
        return md.ToString();
    }
}
