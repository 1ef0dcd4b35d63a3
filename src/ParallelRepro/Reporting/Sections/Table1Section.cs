using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Paper;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting.Sections;

/// <summary>The paper's Table 1 (user and system CPU time at n = 8) beside ours at n = 8 or the nearest n run.</summary>
internal sealed class Table1Section : IReportSection
{
    public string Heading => "Table 1";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("The paper's Table 1, \"Parallelism analysis over user/sys timing when n is 8\", beside this run. Each cell: **paper / this run**, in seconds; this run at n = 8 or the nearest n run (column n). Worker columns are the CPU time of worker processes (`–` for threads). user/real = (main + worker user CPU) / real time.");
        foreach (var scope in report.Scopes)
        {
            md.Heading(MarkdownText.Escape(ReportContext.Title(scope)), level: 3);
            var rows = PaperTable1.Rows.Select(paper =>
            {
                var mine = scope.Cells.Where(c => c.Group == paper.Group && c.Variant == paper.Variant && c.ProcTime is not null).ToArray();
                var n = Headlines.Nearest(mine, PaperTable1.Workers);
                var cell = mine.FirstOrDefault(c => c.Workers == n);
                return (IReadOnlyList<string>)
                [
                    MarkdownText.Escape($"{paper.Group}.{VariantNames.Legend(paper.Variant)}") + (paper.Note is null ? "" : " †"),
                    n?.ToString(CultureInfo.InvariantCulture) ?? "not run",
                    Pair(paper.Proc, cell?.ProcTime?.Median), Pair(paper.Real, cell?.RealTime?.Median),
                    Pair(paper.User, cell?.UserS), Pair(paper.Sys, cell?.SysS),
                    Pair(paper.WorkerUser, Worker(cell, cell?.WorkerUserS)), Pair(paper.WorkerSys, Worker(cell, cell?.WorkerSysS)),
                    $"{MarkdownText.Ratio(paper.UserOverReal)} / {MarkdownText.Ratio(UserOverReal(cell))}",
                ];
            });
            md.Append(MarkdownText.Table(["program", "n", "proc", "real", "user", "sys", "worker user", "worker sys", "user/real"], rows,
                [false, true, true, true, true, true, true, true, true])).AppendLine();
        }
        var notes = PaperTable1.Rows.Where(r => r.Note is not null).Select(r => $"{r.Group}.{VariantNames.Legend(r.Variant)}: {r.Note}");
        md.Paragraph("† " + MarkdownText.Escape(string.Join("; ", notes)) + ".");
    }

    private static string Pair(double? paper, double? ours) => $"{MarkdownText.Seconds(paper)} / {MarkdownText.Seconds(ours)}";

    /// <summary>Threads have no worker processes: show "–" rather than 0 for them.</summary>
    private static double? Worker(CellResult? cell, double? value) => value is > 0 ? value : cell?.Variant is "mp" or "mp-manager" ? value : null;

    private static double? UserOverReal(CellResult? cell)
        => cell is { UserS: { } user, RealTime.Median: > 0 } ? (user + (cell.WorkerUserS ?? 0)) / cell.RealTime.Median : null;
}
