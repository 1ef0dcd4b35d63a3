using System.Globalization;
using System.Text;
using ParallelRepro.Common;
using ParallelRepro.Reporting.Figures;
using ParallelRepro.Reporting.Html;

namespace ParallelRepro.Reporting.Site;

/// <summary>
/// reports/index.html (and index.md): every report, newest first, with its runners and verdict counts,
/// and a trend chart of the headline speedups across commits. Built from each report's data/summary.json.
/// </summary>
internal static class SiteIndex
{
    public static string Write(string reportsRoot)
    {
        var summaries = Directory.Exists(reportsRoot)
            ? Directory.EnumerateDirectories(reportsRoot)
                .Select(dir => ReportSummary.TryRead(Path.Combine(dir, ReportDataFolder.Name, ReportSummary.FileName)))
                .OfType<ReportSummary>()
                .OrderByDescending(s => s.CreatedUtc).ThenBy(s => s.Folder, StringComparer.Ordinal).ToArray()
            : [];
        var md = new StringBuilder();
        md.AppendLine("# ParallelRepro: all reports").AppendLine();
        md.AppendLine("Each commit's reproduction of *Python and Parallel Programming* (Shichao An, 2013), newest first. ✔ reproduced, ✘ not reproduced, ? inconclusive (more runs would decide), ○ not testable here (counts over claims × Python runners × runtimes).").AppendLine();
        var chronological = summaries.Reverse().Select(s => new TrendPoint(s.Folder, s.Headlines.ToDictionary(h => h.Group, h => h.Speedup))).ToArray();
        if (TrendChart.Render(new FigureSink(reportsRoot), "trend", chronological) is { } trend)
            md.AppendLine(trend.Markdown).AppendLine();
        var rows = summaries.Select(s => (IReadOnlyList<string>)
        [
            s.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            $"[{MarkdownText.Escape(s.Folder)}]({Uri.EscapeDataString(s.Folder)}/index.html)",
            MarkdownText.Escape(string.Join(", ", s.Profiles)),
            MarkdownText.Escape(string.Join(", ", s.Runners)),
            MarkdownText.Escape(string.Join(", ", s.Runtimes)),
            Num(s.Counts.Reproduced), Num(s.Counts.NotReproduced), Num(s.Counts.Inconclusive), Num(s.Counts.NotTestableHere),
            s.HeadlineScope is null ? "" : MarkdownText.Escape($"{s.HeadlineScope}: {string.Join("; ", s.Headlines.Select(h => $"{h.Group} {MarkdownText.Ratio(h.Speedup)}×"))}"),
        ]);
        md.Append(MarkdownText.Table(["date (UTC)", "commit", "profile", "runners", "runtimes", "✔", "✘", "?", "○", "best Python speedups"], rows));
        if (summaries.Length == 0) md.AppendLine().AppendLine("No reports yet.");
        AtomicFile.WriteAllText(Path.Combine(reportsRoot, "index.md"), md.ToString());
        var html = Path.Combine(reportsRoot, "index.html");
        AtomicFile.WriteAllText(html, HtmlPage.Render("ParallelRepro: all reports", md.ToString()));
        return html;
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
