using System.Text;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Where the ports differ from the original programs (src/workloads/DEVIATIONS.md, copied into data/), inlined.</summary>
internal sealed class DeviationsSection : IReportSection
{
    public string Heading => "Deviations from the original programs";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        var relative = $"{ReportDataFolder.Name}/{ReportInputs.DeviationsFileName}";
        if (!report.HasData(relative))
        {
            md.Paragraph("No list of deviations came with the data (src/workloads/DEVIATIONS.md was not found).");
            return;
        }
        md.Paragraph($"The ports keep each variant's parallel pattern; where the original code had a race or a bug, the smallest fix that keeps the pattern is listed below, as in [DEVIATIONS.md]({relative}).");
        md.AppendLine(Demoted(File.ReadAllText(Path.Combine(report.DataDir, ReportInputs.DeviationsFileName)))).AppendLine();
    }

    /// <summary>Drops the file's title and moves its headings below this section's (## becomes ###).</summary>
    private static string Demoted(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n')
            .SkipWhile(l => l.Length == 0 || l.StartsWith("# ", StringComparison.Ordinal))
            .Select(l => l.StartsWith('#') ? "#" + l : l);
        return string.Join('\n', lines).TrimEnd();
    }
}
