using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting.Sections;

/// <summary>For one program on one runner/runtime/cores: the table of median proc time per variant × workers.</summary>
internal static class ProcTimeSection
{
    public static string Markdown(IReadOnlyList<CellResult> cells)
    {
        var workers = cells.Where(c => !VariantIds.IsSerial(c.Variant)).Select(c => c.Workers).Distinct().Order().ToArray();
        var header = new List<string> { "variant", "serial" };
        header.AddRange(workers.Select(n => "n=" + n.ToString(CultureInfo.InvariantCulture)));
        var rows = VariantNames.Sorted(cells.Select(c => c.Variant)).Select(variant =>
        {
            var mine = cells.Where(c => c.Variant == variant).ToArray();
            var isSerial = VariantIds.IsSerial(variant);
            var row = new List<string> { MarkdownText.Escape(VariantNames.Legend(variant)), isSerial ? Cell(mine.FirstOrDefault()) : "" };
            row.AddRange(workers.Select(n => isSerial ? "" : Cell(mine.FirstOrDefault(c => c.Workers == n))));
            return (IReadOnlyList<string>)row;
        });

        var md = new StringBuilder();
        md.AppendLine("Median proc time in seconds, with the speedup over serial in parentheses; `–` = no successful run.");
        md.AppendLine();
        md.Append(MarkdownText.Table(header, rows, header.Select((_, i) => i > 0).ToArray()));
        return md.ToString();
    }

    private static string Cell(CellResult? cell)
    {
        if (cell?.ProcTime is null) return "–";
        var time = MarkdownText.Seconds(cell.ProcTime.Median);
        return cell.Speedup is { } s && !VariantIds.IsBaseline(cell.Variant) ? $"{time} ({MarkdownText.Ratio(s)}×)" : time;
    }
}
