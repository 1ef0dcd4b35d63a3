using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;

namespace ParallelRepro.Reporting;

/// <summary>Every cell with a run that did not succeed, and why: nothing is hidden by the medians.</summary>
internal static class ProblemsSection
{
    public static string Markdown(Results results)
    {
        var md = new StringBuilder();
        md.AppendLine("## Runs that did not succeed");
        md.AppendLine();
        var problems = results.Cells.Where(c => c.Statuses.Keys.Any(s => s != "ok")).ToArray();
        if (problems.Length == 0)
        {
            md.AppendLine("None: every run finished and its output equals the serial program's.");
            md.AppendLine();
            return md.ToString();
        }
        var rows = problems.Select(c => (IReadOnlyList<string>)
        [
            MarkdownText.Escape($"{c.Group}.{c.Variant}"), c.Workers.ToString(CultureInfo.InvariantCulture), MarkdownText.Escape(c.Runner), MarkdownText.Escape(c.Runtime),
            string.Join(", ", c.Statuses.Select(s => $"{s.Key} ×{s.Value}")), MarkdownText.Escape(string.Join("; ", c.Reasons)),
        ]);
        md.Append(MarkdownText.Table(["program", "n", "runner", "runtime", "statuses", "reason"], rows));
        md.AppendLine();
        return md.ToString();
    }
}
