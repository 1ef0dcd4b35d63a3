using System.Globalization;
using System.Text;
using ParallelRepro.Claims;
using ParallelRepro.Common;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting.Sections;

/// <summary>The verdict counts, the headline speedups, and what would decide the undecided claims.</summary>
internal sealed class SummarySection : IReportSection
{
    public string Heading => "Summary";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        var c = report.Counts;
        md.Paragraph(CultureInfo.InvariantCulture,
            $"**{c.Text()}** — {report.Claims.Claims.Count} claims of the paper on {report.PythonScopes.Count} Python runner × runtime × cores combination(s); claims about the code and the profile are decided once. Inconclusive and untestable claims are never counted as reproduced.");
        foreach (var scope in report.PythonScopes)
        {
            var headlines = Headlines.Of(scope);
            if (headlines.Count == 0) continue;
            md.Paragraph(CultureInfo.InvariantCulture,
                $"Best speedup over serial on {MarkdownText.Escape(ReportContext.Title(scope))}: {string.Join("; ", headlines.Select(h => $"{MarkdownText.Escape(h.Group)} **{MarkdownText.Ratio(h.Speedup)}×** ({MarkdownText.Escape(VariantNames.Legend(h.Variant))}, n={h.Workers})"))}.");
        }
        if (report.Results.Profiles.Contains("smoke"))
            md.Paragraph("**Smoke profile:** its runs last milliseconds, so timer noise and process start-up decide these verdicts. They check that the pipeline works, not whether the paper holds; use the quick or paper profile for that.");
        var maxN = report.Results.Cells.Select(x => x.Workers).DefaultIfEmpty(0).Max();
        if (maxN < ClaimScope.PaperNs[^1] && c.NotTestableHere > 0)
            md.Paragraph(CultureInfo.InvariantCulture,
                $"These runs go up to n = {maxN}; many checks name n = 8 or n = 128, as the paper ran n = 1..128. `dotnet cake --profile=paper` (or `--workers=1,2,4,8,16,32,64,128`) runs them all.");
    }
}
