using System.Text;
using ParallelRepro.Common;
using ParallelRepro.Paper;
using ParallelRepro.Reporting.Figures;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Table 1 as a picture: how many cores each variant kept busy at n = cores, the paper's beside ours.</summary>
internal sealed class UtilizationSection : IReportSection
{
    public string Heading => "CPU utilization";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("CPU utilization = (user + system CPU time of the main process and its worker processes) / real time: 1 means one core busy on average. Ours at n = the runner's logical cores (or the nearest n run); the paper's from its Table 1 (n = 8 on 4 logical cores).");
        foreach (var scope in report.Scopes)
        {
            var rows = scope.Cells.Where(c => !VariantIds.IsSerial(c.Variant))
                .GroupBy(c => (c.Group, c.Variant))
                .Select(g => Headlines.Nearest(g.Where(c => c.CpuUtilization is not null), scope.LogicalCores) is { } n
                    ? new UtilizationRow(g.Key.Group, g.Key.Variant, n, g.First(c => c.Workers == n).CpuUtilization!.Value, Paper(g.Key.Group, g.Key.Variant))
                    : null)
                .OfType<UtilizationRow>()
                .OrderBy(r => r.Group, StringComparer.Ordinal).ThenBy(r => VariantNames.Order(r.Variant)).ToArray();
            if (rows.Length == 0)
            {
                md.Paragraph($"No CPU times on {MarkdownText.Escape(ReportContext.Title(scope))}.");
                continue;
            }
            var title = $"CPU utilization — {ReportContext.Title(scope)}";
            md.Paragraph(UtilizationChart.Render(report.Figures, $"utilization-{ReportContext.Slug(scope)}", title, rows, scope.LogicalCores).Markdown);
        }
    }

    /// <summary>The paper's utilization from Table 1, where its row is trustworthy.</summary>
    private static double? Paper(string group, string variant)
        => PaperTable1.Rows.FirstOrDefault(r => r.Group == group && r.Variant == variant && r.Note?.Contains("copy error", StringComparison.Ordinal) != true) is { } r
            ? (r.User + r.Sys + (r.WorkerUser ?? 0) + (r.WorkerSys ?? 0)) / r.Real
            : null;
}
