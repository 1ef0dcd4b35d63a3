using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;

namespace ParallelRepro.Reporting;

/// <summary>
/// For one group on one runner/runtime/cores: the table of median proc time per variant × workers,
/// and the paper-style bar chart beside it.
/// </summary>
internal static class ProcTimeSection
{
    public static string Markdown(string group, IReadOnlyList<CellResult> cells, string figurePath)
    {
        var workers = cells.Where(c => !c.Variant.StartsWith("serial", StringComparison.Ordinal)).Select(c => c.Workers).Distinct().Order().ToArray();
        var header = new List<string> { "variant", "serial" };
        header.AddRange(workers.Select(n => "n=" + n.ToString(CultureInfo.InvariantCulture)));
        var rows = VariantNames.Sorted(cells.Select(c => c.Variant)).Select(variant =>
        {
            var mine = cells.Where(c => c.Variant == variant).ToArray();
            var isSerial = variant.StartsWith("serial", StringComparison.Ordinal);
            var row = new List<string> { MarkdownText.Escape(VariantNames.Legend(variant)), isSerial ? Cell(mine.FirstOrDefault()) : "" };
            row.AddRange(workers.Select(n => isSerial ? "" : Cell(mine.FirstOrDefault(c => c.Workers == n))));
            return (IReadOnlyList<string>)row;
        });

        var md = new StringBuilder();
        md.AppendLine("Median proc time in seconds (the paper's metric: wall time of `proc()` only), with the speedup over serial in parentheses; `–` = no successful run.");
        md.AppendLine();
        md.Append(MarkdownText.Table(header, rows, header.Select((_, i) => i > 0).ToArray()));
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"![{MarkdownText.Escape(group)}: median proc time by variant and number of threads/processes, with 95% intervals of the median]({figurePath})");
        return md.ToString();
    }

    private static string Cell(CellResult? cell)
    {
        if (cell?.ProcTime is null) return "–";
        var time = MarkdownText.Seconds(cell.ProcTime.Median);
        return cell.Speedup is { } s && !cell.Variant.StartsWith("serial", StringComparison.Ordinal) ? $"{time} ({MarkdownText.Ratio(s)}×)" : time;
    }
}
