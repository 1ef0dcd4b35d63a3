using System.Globalization;
using System.Text;
using ParallelRepro.Common;

namespace ParallelRepro.Reporting.Sections;

/// <summary>
/// Cells whose successful runs had to retry requests (the I/O program against a throttling or failing wiki):
/// their times include the waits, so they are flagged as not clean measurements. Writes nothing when there are none.
/// </summary>
internal static class RetriedCells
{
    public static void Write(ReportContext report, StringBuilder md)
    {
        var retried = report.Results.Cells.Where(c => c.RetriedRuns > 0).ToArray();
        if (retried.Length == 0) return;
        md.Paragraph("⚠ Retried runs: these succeeded, but asked the wiki again after refusals (429, 5xx, resets, maxlag). Their proc times include the waits below, so they are not clean measurements.");
        var rows = retried.Select(c => (IReadOnlyList<string>)
        [
            MarkdownText.Escape($"{c.Group}.{c.Variant}"), c.Workers.ToString(CultureInfo.InvariantCulture), MarkdownText.Escape(c.Runner), MarkdownText.Escape(c.Runtime),
            $"{c.RetriedRuns!.Value.ToString(CultureInfo.InvariantCulture)} of {c.Statuses.GetValueOrDefault("ok").ToString(CultureInfo.InvariantCulture)}",
            (c.RetryWaitS ?? 0).ToString("0.00", CultureInfo.InvariantCulture),
        ]);
        md.Append(MarkdownText.Table(["program", "n", "runner", "runtime", "ok runs retried", "seconds waited"], rows)).AppendLine();
    }
}
