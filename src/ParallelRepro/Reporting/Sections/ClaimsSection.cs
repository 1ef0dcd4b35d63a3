using System.Text;
using ParallelRepro.Claims;
using ParallelRepro.Common;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Every claim's verdict per Python runner × runtime × cores at a glance, with the numbers or the reason that decided it.</summary>
internal sealed class ClaimsSection : IReportSection
{
    public string Heading => "Claims";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("✔ reproduced: every condition of the check holds. ✘ not reproduced: a condition fails. ? inconclusive: a condition's 95 % interval straddles its bound, so more runs aimed at it would decide it (the reason says which condition, by how much, and how many more rounds). Where one n of several can decide a condition alone (it fails at some n of an \"at every n\" condition, or holds at some n of a \"best over n\" one), that n's interval is taken at the Bonferroni level, e.g. 99.4 % over 8 values of n, and shown with it. ○ not testable here: a number the check needs was not measured (group, variant or n not run, every run failed), the machine has too few cores for the effect, or a condition held only on part of the paper's range of n. Numbers are ratios with their 95 % interval when the check gives one (from the extra rounds alone once a ratio has three: each ran both programs on both CPUs, seconds apart, and cancels the CPUs' speeds; their 20 % trimmed mean, at 99 %, as the decide stage looks after every round), else medians of proc time, and (main + worker user CPU) / real for the CPU-time conditions. The claims are about Python: the .NET programs are not a claim scope (see their own section).");
        var rows = report.Outcomes.Select(o => (IReadOnlyList<string>)
        [
            $"[{o.Id}](#{SectionText.Anchor(o.Id)})", MarkdownText.Escape(o.Scope), Verdict(o.Verdict), MarkdownText.Escape(Why(o)),
        ]);
        md.Append(MarkdownText.Table(["claim", "scope", "verdict", "deciding numbers, or why not decided"], rows)).AppendLine();
        md.Paragraph("Each claim's sentence, check and every condition with its numbers are under [Claim details](#claim-details).");
    }

    public static string Verdict(Verdict verdict) => $"{verdict.Mark()} {verdict.Text()}";

    /// <summary>The shortest true account of a verdict: the reason, the failing conditions, or the numbers that held.</summary>
    private static string Why(ClaimOutcome o) => o.Verdict switch
    {
        Claims.Verdict.NotTestableHere => o.Reason ?? "",
        Claims.Verdict.Inconclusive => o.Reason ?? o.InconclusiveReason(),
        Claims.Verdict.NotReproduced => string.Join("; ", o.Conditions.Where(c => c.State == ConditionState.Fails).Select(c => $"{c.Text}: {c.Quantity()}")),
        _ => string.Join("; ", o.Conditions.Select(c => c.Quantity()).Distinct()),
    };
}
