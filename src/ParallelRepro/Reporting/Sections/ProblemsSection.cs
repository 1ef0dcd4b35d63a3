using System.Globalization;
using System.Text;
using ParallelRepro.Common;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Every cell with a run that did not succeed, and why: nothing is hidden by the medians.</summary>
internal sealed class ProblemsSection : IReportSection
{
    public string Heading => "Runs that did not succeed";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        var problems = report.Results.Cells.Where(c => c.Statuses.Keys.Any(s => s != "ok")).ToArray();
        if (problems.Length == 0)
        {
            md.Paragraph("None: every run finished and its output equals the serial program's.");
            RetriedCells.Write(report, md);
            return;
        }
        md.Paragraph("Failed (non-zero exit), timeout (the whole process tree was killed), wrong-output (differs from serial), unavailable (the variant cannot run on this runtime). The reason is the run's own last words (stderr), escaped.");
        var rows = problems.Select(c => (IReadOnlyList<string>)
        [
            MarkdownText.Escape($"{c.Group}.{c.Variant}"), c.Workers.ToString(CultureInfo.InvariantCulture), MarkdownText.Escape(c.Runner), MarkdownText.Escape(c.Runtime),
            MarkdownText.Escape(string.Join(", ", c.Statuses.Select(s => $"{s.Key} ×{s.Value.ToString(CultureInfo.InvariantCulture)}"))), MarkdownText.Escape(Short(Reason(c))),
        ]);
        md.Append(MarkdownText.Table(["program", "n", "runner", "runtime", "statuses", "reason"], rows)).AppendLine();
        RetriedCells.Write(report, md);
        var longer = problems.Where(c => Reason(c).Length > ShortLength).ToArray();
        if (longer.Length == 0) return;
        md.Folded("Full reasons of the runs cut short above", folded =>
        {
            foreach (var c in longer)
                folded.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Escape($"{c.Group}.{c.Variant} n={c.Workers} on {c.Runner} · {c.Runtime}")}: {MarkdownText.Escape(Reason(c))}");
            folded.AppendLine();
        });
    }

    // Stderr tails run to hundreds of characters: the table keeps a line of each, the folded list the rest.
    private const int ShortLength = 160;

    private static string Reason(Aggregation.CellResult cell) => string.Join("; ", cell.Reasons);

    private static string Short(string reason) => reason.Length <= ShortLength ? reason : reason[..(ShortLength - 20)] + "… (in full below)";
}
