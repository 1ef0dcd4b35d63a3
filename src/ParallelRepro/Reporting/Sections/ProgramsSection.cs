using System.Text;
using ParallelRepro.Reporting.Figures;

namespace ParallelRepro.Reporting.Sections;

/// <summary>
/// Per program and runner × runtime × cores: the median-time table, the paper-style bar chart, speedup
/// against n, and the paper's curves beside ours.
/// </summary>
internal sealed class ProgramsSection : IReportSection
{
    private static readonly Dictionary<string, string> PaperFigure = new(StringComparer.Ordinal)
    {
        ["cpu_bound"] = "Figure 1", ["io_bound"] = "Figure 3", ["memory_bound"] = "Figures 4 and 5", ["overhead"] = "Figures 6 and 7",
    };

    public string Heading => "Programs";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("For each program: median proc time (the wall time of `proc()`, the paper's metric) as a table and as the paper's bar chart; speedup over serial against n; and each variant's time relative to serial, the paper's beside ours. Click a figure for its SVG.");
        foreach (var scope in report.Scopes)
        {
            foreach (var group in scope.Cells.Select(c => c.Group).Distinct().Order(StringComparer.Ordinal))
            {
                var cells = scope.Cells.Where(c => c.Group == group).ToArray();
                var title = $"{group} — {ReportContext.Title(scope)}";
                var name = $"{group}-{ReportContext.Slug(scope)}";
                md.Heading(MarkdownText.Escape(title) + (PaperFigure.TryGetValue(group, out var figure) ? $" (the paper's {figure})" : ""), level: 3);
                md.Append(ProcTimeSection.Markdown(cells)).AppendLine();
                md.Paragraph(GroupedBarChart.Render(report.Figures, $"{name}-time", title, cells).Markdown);
                md.Paragraph(SpeedupChart.Render(report.Figures, $"{name}-speedup", $"{title}: speedup", group, cells, scope.LogicalCores).Markdown);
                if (PaperComparisonChart.Render(report.Figures, $"{name}-vs-paper", $"{title}: paper vs this run", group, cells) is { } comparison)
                    md.Paragraph(comparison.Markdown);
            }
        }
    }
}
