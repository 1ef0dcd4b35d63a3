using System.Text;
using ParallelRepro.Common;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Links to the files this page was built from; <c>repro report --from data</c> rebuilds it from them alone.</summary>
internal sealed class DataSection : IReportSection
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["data/results.json"] = "statistics per cell (runner × runtime × cores × program × variant × n), with provenance",
        ["data/results.csv"] = "the same, flat, for spreadsheets",
        ["data/effort.json"] = "the reproduced Table 2",
        ["data/claims.json"] = "every verdict with its conditions and numbers",
        ["data/summary.json"] = "this report in a few numbers, for the index of all reports",
        ["data/DEVIATIONS.md"] = "where the ports differ from the original programs",
    };

    public string Heading => "Data";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        foreach (var file in report.DataFiles)
        {
            var description = Descriptions.GetValueOrDefault(file) ?? (file.Contains("/profiles/", StringComparison.Ordinal) ? "a cProfile run (the paper's Figure 2)" : "");
            var url = string.Join('/', file.Split('/').Select(Uri.EscapeDataString));
            md.AppendLine($"- [{MarkdownText.Escape(file)}]({url}){(description.Length > 0 ? ": " + description : "")}");
        }
        md.AppendLine();
        md.Paragraph("`repro report --from <this folder>/data` rebuilds this page from these files alone. [All reports](../index.html)");
    }
}
