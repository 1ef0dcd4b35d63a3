using System.Text;
using ParallelRepro.Common;
using ParallelRepro.Reporting.Figures;

namespace ParallelRepro.Reporting.Sections;

/// <summary>
/// Per program, then per runner × runtime × cores: speedup against n and the paper's curves beside ours, with the
/// median-time table and the paper-style bar chart folded below them (the numbers behind the curves).
/// </summary>
internal sealed class ProgramsSection : IReportSection
{
    public const string Title = "Programs";

    private static readonly Dictionary<string, string> PaperFigure = new(StringComparer.Ordinal)
    {
        ["cpu_bound"] = "Figure 1", ["io_bound"] = "Figure 3", ["memory_bound"] = "Figures 4 and 5", ["overhead"] = "Figures 6 and 7",
    };

    public string Heading => Title;

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("For each program: speedup over serial against n; each variant's time relative to serial, the paper's beside ours; and, folded, median proc time (the wall time of `proc()`, the paper's metric) as a table and as the paper's bar chart. Click a figure for its SVG.");
        foreach (var group in report.Scopes.SelectMany(s => s.Cells).Select(c => c.Group).Distinct().Order(StringComparer.Ordinal))
        {
            var sizes = ProblemSizes.Describe(report.Results.Profiles, group);
            md.Heading(MarkdownText.Escape(group) + (PaperFigure.TryGetValue(group, out var figure) ? $" (the paper's {figure})" : ""), level: 3);
            md.Paragraph(MarkdownText.Escape(sizes) + ".");
            foreach (var scope in report.Scopes.Where(s => s.Cells.Any(c => c.Group == group)))
                Program(report, md, group, $"{group} — {ReportContext.Title(scope)}", sizes, ReportContext.Slug(scope), scope.Cells.Where(c => c.Group == group).ToArray(), scope.LogicalCores);
        }
    }

    private static void Program(ReportContext report, StringBuilder md, string group, string heading, string sizes, string slug, Aggregation.CellResult[] cells, int cores)
    {
        var name = $"{group}-{slug}";
        md.Heading(MarkdownText.Escape(heading), level: 4);
        // Figures travel alone (downloaded, pasted into slides): their titles carry the profile and sizes too.
        var title = $"{heading}\n{sizes}";
        md.Paragraph(SpeedupChart.Render(report.Figures, $"{name}-speedup", $"{title}: speedup", group, cells, cores).Markdown);
        if (PaperComparisonChart.Render(report.Figures, $"{name}-vs-paper", $"{title}: paper vs this run", group, cells) is { } comparison)
            md.Paragraph(comparison.Markdown);
        md.Folded("Median proc time per cell: table and bar chart", folded =>
        {
            folded.Append(ProcTimeSection.Markdown(cells)).AppendLine();
            folded.Paragraph(GroupedBarChart.Render(report.Figures, $"{name}-time", title, cells).Markdown);
        });
    }
}
