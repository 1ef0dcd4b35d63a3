using System.Globalization;
using System.Text;
using ParallelRepro.Common;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Effort;

/// <summary>
/// effort.md: our Table 2 beside the paper's, one line per program. A paper row whose printed D does
/// not follow from its own L, M, I, C, E is flagged with the value the formula gives.
/// </summary>
internal static class EffortMarkdown
{
    private static readonly string[] Header =
        ["Program", "L", "M", "I", "C", "E", "D", "paper L", "paper M", "paper I", "paper C", "paper E", "paper D", "Note"];

    public static string Render(EffortReport report)
    {
        var paper = report.Paper.ToDictionary(p => p.Program, StringComparer.Ordinal);
        var md = new StringBuilder();
        md.AppendLine("# Development effort (Table 2, reproduced)").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Computed by `repro effort` from `{report.Workloads}` (schema {report.SchemaVersion}).")
          .AppendLine("L: code lines added (cloc rules); M: McCabe decision points added, sum over functions of (c − 1);")
          .AppendLine("I: outside modules added; C: lines tagged `# effort: convert`; E: lines tagged `# effort: build`;")
          .AppendLine("D = L + M + I + 2(C + E). Serial rows give absolute code lines and decision points. Definitions: docs/effort.md.")
          .AppendLine();
        var rows = report.Rows.Select(r => Line(r, r.PaperProgram is { } p ? paper.GetValueOrDefault(p) : null)).ToArray();
        md.Append(MarkdownText.Table(Header, rows, Header.Select((_, i) => i is > 0 and < 13).ToArray()));
        foreach (var misprint in report.Paper.Where(p => p.Misprinted))
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"⚠ `{misprint.Program}`: the paper prints D = {misprint.DPrinted}, but its own L + M + I + 2(C + E) = {misprint.L} + {misprint.M} + {misprint.I} + 2({misprint.C} + {misprint.E}) = {misprint.DFormula}.");
        if (report.Problems.Count > 0)
        {
            md.AppendLine().AppendLine("## Sources that could not be analyzed").AppendLine();
            foreach (var problem in report.Problems) md.AppendLine(CultureInfo.InvariantCulture, $"- `{problem}`");
        }
        return md.ToString();
    }

    private static string[] Line(EffortRow row, PaperRow? paper)
    {
        var serial = VariantIds.IsBaseline(row.Variant);
        var program = row.PaperProgram is { } p && p != row.Program ? $"{row.Program} (paper: {p.Split('.')[1]})" : row.Program;
        string[] ours = row.Status != RowStatus.Ok ? ["–", "–", "–", "–", "–", "–"]
            : serial ? [Num(row.Loc), Num(row.McCabe), "–", "–", "–", "–"]
            : [Signed(row.L), Signed(row.M), Num(row.I), Num(row.C), Num(row.E), Num(row.D)];
        string[] theirs = paper is null ? ["", "", "", "", "", ""]
            : serial ? [Num(paper.AbsoluteLoc), Num(paper.AbsoluteMcCabe), "–", "–", "–", "–"]
            : [Signed(paper.L), Signed(paper.M), Num(paper.I), Num(paper.C), Num(paper.E), PaperD(paper)];
        var note = string.Join("; ", new[] { row.Note, paper?.Misprinted == true ? "paper's D is a misprint" : null }.OfType<string>());
        return [MarkdownText.Escape(program), .. ours, .. theirs, MarkdownText.Escape(note)];
    }

    private static string PaperD(PaperRow paper)
        => paper.Misprinted ? $"{Num(paper.DPrinted)} ⚠ ({Num(paper.DFormula)})" : Num(paper.DPrinted);

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";

    private static string Signed(int? value) => value is > 0 ? "+" + Num(value) : Num(value);
}
