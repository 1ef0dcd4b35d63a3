using System.Text;
using ParallelRepro.Claims;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Each claim: the paper's sentence, the check, and per scope every condition with the numbers that decided it.</summary>
internal sealed class ClaimDetailsSection : IReportSection
{
    public string Heading => "Claim details";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        foreach (var claim in report.Claims.Claims) Detail(report, claim, md);
    }

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
                IReadOnlyList<string> row = [first ? MarkdownText.Escape(o.Scope) : "", first ? ClaimsSection.Verdict(o.Verdict) : "", condition, measured];
                first = false;
                return row;
            }
            foreach (var c in o.Conditions)
                rows.Add(Row($"{Mark(c.State)} {MarkdownText.Escape(c.Text)}", MarkdownText.Escape(string.Join(" — ", new[] { c.Measured, c.Note ?? "" }.Where(t => t.Length > 0)))));
            if (o is { Verdict: Verdict.NotTestableHere, Blocker: { } blocker })
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
