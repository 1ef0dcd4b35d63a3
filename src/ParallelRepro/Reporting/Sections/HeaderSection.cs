using System.Globalization;
using System.Text;
using ParallelRepro.Common;

namespace ParallelRepro.Reporting.Sections;

/// <summary>The title, what the study is, and a contents line linking every section.</summary>
internal sealed class HeaderSection(IReadOnlyList<IReportSection> sections)
{
    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading($"ParallelRepro report: commit {MarkdownText.Escape(report.ShortCommit)}", level: 1);
        md.Paragraph("A reproduction of *Python and Parallel Programming* (Shichao An, NYU, 2013): the paper's four programs, parallelized with `threading` (mt), `multiprocessing` (mp) and Cython/OpenMP (omp), measured again, and each of the paper's claims checked against the new numbers.");
        // The first screen (at most 1080 px): this header, then the Summary section. Slot for issue 14: the paper's
        // conclusions with their verdicts (from claims.json) go here, between the introduction and the contents line.
        md.Paragraph(CultureInfo.InvariantCulture, $"Contents: {string.Join(" · ", sections.Select(s => $"[{s.Heading}](#{SectionText.Anchor(s.Heading)})"))}");
    }
}
