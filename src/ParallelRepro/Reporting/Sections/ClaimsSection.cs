using System.Text;
using ParallelRepro.Claims;

namespace ParallelRepro.Reporting.Sections;

/// <summary>
/// Every claim's verdict per runner × runtime × cores at a glance, then each claim with the paper's
/// sentence, the check, and every condition with the numbers that decided it.
/// </summary>
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
        foreach (var claim in report.Claims.Claims) Detail(report, claim, md);
    }

    public static string Verdict(Verdict verdict) => $"{verdict.Mark()} {verdict.Text()}";

    /// <summary>The shortest true account of a verdict: the reason, the failing conditions, or the numbers that held.</summary>
    private static string Why(ClaimOutcome o) => o.Verdict switch
    {
        Claims.Verdict.NotTestableHere => o.Reason ?? "",
        Claims.Verdict.NotReproduced => string.Join("; ", o.Conditions.Where(c => c.State == ConditionState.Fails).Select(c => $"{c.Text}: {c.Measured}")),
        _ => string.Join("; ", o.Conditions.Select(c => c.Measured).Distinct()),
    };

    private static void Detail(ReportContext report, Paper.PaperClaim claim, StringBuilder md)
    {
        md.Heading(MarkdownText.Escape(claim.Id), level: 3);
        md.Paragraph($"> {MarkdownText.Escape(claim.Text)} ({MarkdownText.Escape(claim.Source)})");
        md.Paragraph($"Check: {MarkdownText.Escape(claim.Check)}");
        if (claim.Caveat is { } caveat) md.Paragraph($"Caveat: {MarkdownText.Escape(caveat)}");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var o in report.Claims.Outcomes.Where(o => o.Id == claim.Id))
        {
            var first = true;
            IReadOnlyList<string> Row(string condition, string measured)
            {
                IReadOnlyList<string> row = [first ? MarkdownText.Escape(o.Scope) : "", first ? Verdict(o.Verdict) : "", condition, measured];
                first = false;
                return row;
            }
            foreach (var c in o.Conditions)
                rows.Add(Row($"{Mark(c.State)} {MarkdownText.Escape(c.Text)}", MarkdownText.Escape(string.Join(" — ", new[] { c.Measured, c.Note ?? "" }.Where(t => t.Length > 0)))));
            if (o is { Verdict: Claims.Verdict.NotTestableHere, Blocker: { } blocker })
                rows.Add(Row($"why not testable: {MarkdownText.Escape(blocker)}", ""));
        }
        md.Append(MarkdownText.Table(["scope", "verdict", "condition", "measured"], rows)).AppendLine();
    }

    private static string Mark(ConditionState state) => state switch
    {
        ConditionState.Holds => "✔",
        ConditionState.Fails => "✘",
        _ => "○",
    };
}
