using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Whether every variant at every n computed exactly what serial computed (output digests, checked on every run).</summary>
internal sealed class CorrectnessSection : IReportSection
{
    public string Heading => "Correctness";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("Every run's output digest is compared with the serial program's. ✔: every run matched; otherwise the count of each outcome (wrong-output: the output differs from serial). Blank: not run.");
        foreach (var scope in report.Scopes)
        {
            md.Heading(MarkdownText.Escape(ReportContext.Title(scope)), level: 3);
            var ns = scope.Cells.Where(c => !VariantIds.IsSerial(c.Variant)).Select(c => c.Workers).Distinct().Order().ToArray();
            var programs = scope.Cells.Select(c => (c.Group, c.Variant)).Distinct()
                .OrderBy(p => p.Group, StringComparer.Ordinal).ThenBy(p => VariantNames.Order(p.Variant)).ThenBy(p => p.Variant, StringComparer.Ordinal);
            var rows = programs.Select(p =>
            {
                var cells = scope.Cells.Where(c => c.Group == p.Group && c.Variant == p.Variant).ToArray();
                var row = new List<string> { MarkdownText.Escape($"{p.Group}.{VariantNames.Legend(p.Variant)}") };
                row.AddRange(VariantIds.IsSerial(p.Variant)
                    ? ns.Select((_, i) => i == 0 ? Status(cells.FirstOrDefault()) : "")
                    : ns.Select(n => Status(cells.FirstOrDefault(c => c.Workers == n))));
                return (IReadOnlyList<string>)row;
            });
            md.Append(MarkdownText.Table(["program", .. ns.Select(n => "n=" + n.ToString(CultureInfo.InvariantCulture))], rows)).AppendLine();
        }
    }

    private static string Status(CellResult? cell)
    {
        if (cell is null) return "";
        if (cell.Statuses.Keys.All(s => s == "ok")) return "✔";
        return MarkdownText.Escape(string.Join(", ", cell.Statuses.Select(s => $"{s.Key} ×{s.Value.ToString(CultureInfo.InvariantCulture)}")));
    }
}
