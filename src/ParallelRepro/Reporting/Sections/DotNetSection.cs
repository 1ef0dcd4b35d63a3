using System.Text;

namespace ParallelRepro.Reporting.Sections;

/// <summary>The report's place for <see cref="DotNetComparisonSection"/>: the C# programs beside the best Python approach.</summary>
internal sealed class DotNetSection : IReportSection
{
    public string Heading => DotNetComparisonSection.Heading;

    public void Write(ReportContext report, StringBuilder md)
    {
        var comparison = DotNetComparisonSection.Markdown(report.Results);
        if (comparison.Length > 0)
        {
            md.Append(comparison);
            return;
        }
        md.Heading(Heading);
        md.Paragraph("No .NET runtime was measured: `repro dotnet-bench` (Cake task DotNetBench) adds the C# programs as one.");
    }
}
