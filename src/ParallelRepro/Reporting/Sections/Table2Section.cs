using System.Globalization;
using System.Text;
using ParallelRepro.Common;
using ParallelRepro.Paper;
using ParallelRepro.Reporting.Figures;

namespace ParallelRepro.Reporting.Sections;

/// <summary>The paper's Table 2 (incremental development effort) beside the same measures of this checkout's code.</summary>
internal sealed class Table2Section : IReportSection
{
    public string Heading => "Table 2";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("The paper's Table 2, \"Incremental development effort\": L extra lines of code, M extra McCabe complexity, I additional interfaces, C converting lines, E extra configuration lines, D = L + M + I + 2(C + E). Serial rows give absolute lines and complexity. Each cell: **paper / this code**.");
        var effort = report.Effort;
        if (effort is null)
            md.Paragraph("This code's numbers are missing: effort.json was not found (`repro effort` writes it). The paper's values are shown alone.");
        else
            md.Paragraph($"This code's numbers: {MarkdownText.Escape(effort.Source)}.");
        var rows = PaperEffort.Rows.Select(p =>
        {
            var ours = effort?.Find(p.Group, p.Variant);
            return (IReadOnlyList<string>)
            [
                MarkdownText.Escape($"{p.Group}.{p.Variant}"),
                Pair(p.Loc, ours?.Loc), Pair(p.McCabe, ours?.McCabe),
                Pair(p.L, ours?.L), Pair(p.M, ours?.M), Pair(p.I, ours?.I), Pair(p.C, ours?.C), Pair(p.E, ours?.E),
                Pair(p.D, ours?.D) + (p.D != p.DFormula && p.DFormula is { } f ? $" (formula: {f.ToString(CultureInfo.InvariantCulture)})" : ""),
            ];
        });
        md.Append(MarkdownText.Table(["program", "LOC", "McCabe", "L", "M", "I", "C", "E", "D"], rows, [false, true, true, true, true, true, true, true, true])).AppendLine();
        if (effort is null) return;
        var bars = PaperEffort.Rows.Where(p => p.D is not null)
            .Select(p => new EffortBar(p.Group, p.Variant, p.D, effort.Find(p.Group, p.Variant)?.D)).ToArray();
        md.Paragraph(EffortChart.Render(report.Figures, "effort", "Incremental development effort D", bars).Markdown);
    }

    private static string Pair(int? paper, int? ours)
        => paper is null && ours is null ? "" : $"{Text(paper)} / {Text(ours)}";

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
