using System.Text;
using ParallelRepro.Claims;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Every claim's verdict per runner × runtime × cores at a glance, with the numbers or the reason that decided it.</summary>
internal sealed class ClaimsSection : IReportSection
{
    public string Heading => "Claims";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("✔ reproduced: every condition of the check holds. ✘ not reproduced: a condition fails. ○ not testable here: a number the check needs was not measured (group, variant or n not run, every run failed), the machine has too few cores for the effect, or a condition held only on part of the paper's range of n. Checks use median proc time, and (main + worker user CPU) / real for the CPU-time conditions.");
        var rows = report.Claims.Outcomes.Select(o => (IReadOnlyList<string>)
        [
            $"[{o.Id}](#{SectionText.Anchor(o.Id)})", MarkdownText.Escape(o.Scope), Verdict(o.Verdict), MarkdownText.Escape(Why(o)),
        ]);
        md.Append(MarkdownText.Table(["claim", "scope", "verdict", "deciding numbers, or why not testable"], rows)).AppendLine();
        md.Paragraph("Each claim's sentence, check and every condition with its numbers are under [Claim details](#claim-details).");
    }

    public static string Verdict(Verdict verdict) => $"{verdict.Mark()} {verdict.Text()}";

    /// <summary>The shortest true account of a verdict: the reason, the failing conditions, or the numbers that held.</summary>
    private static string Why(ClaimOutcome o) => o.Verdict switch
    {
        Claims.Verdict.NotTestableHere => o.Reason ?? "",
        Claims.Verdict.NotReproduced => string.Join("; ", o.Conditions.Where(c => c.State == ConditionState.Fails).Select(c => $"{c.Text}: {c.Measured}")),
        _ => string.Join("; ", o.Conditions.Select(c => c.Measured).Distinct()),
    };
}
