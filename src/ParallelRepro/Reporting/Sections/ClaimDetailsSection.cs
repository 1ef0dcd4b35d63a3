using System.Text;
using ParallelRepro.Claims;
using ParallelRepro.Common;

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
        foreach (var o in report.Outcomes.Where(o => o.Id == claim.Id))
        {
            var first = true;
            IReadOnlyList<string> Row(string condition, string measured)
            {
                IReadOnlyList<string> row = [first ? MarkdownText.Escape(o.Scope) : "", first ? ClaimsSection.Verdict(o.Verdict) : "", condition, measured];
                first = false;
                return row;
            }
            foreach (var c in o.Conditions)
                rows.Add(Row($"{Mark(c)} {MarkdownText.Escape(c.Text)}", MarkdownText.Escape(Measured(c))));
            if (o is { Verdict: Verdict.Inconclusive })
                rows.Add(Row($"why inconclusive: {MarkdownText.Escape(o.Reason ?? o.InconclusiveReason())}", ""));
            if (o is { Verdict: Verdict.NotTestableHere, Blocker: { } blocker })
                rows.Add(Row($"why not testable: {MarkdownText.Escape(blocker)}", ""));
        }
        md.Append(MarkdownText.Table(["scope", "verdict", "condition", "measured"], rows)).AppendLine();
    }

    /// <summary>The quantity (with its interval and bound when the check gave them) and any note.</summary>
    private static string Measured(Condition c)
    {
        var quantity = c is { Estimate: not null, Bound: { } bound } ? $"{c.Quantity()} (bound {bound})" : c.Quantity();
        return string.Join(" — ", new[] { quantity, c.Note ?? "" }.Where(t => t.Length > 0));
    }

    /// <summary>An undecided condition with an interval straddled its bound (inconclusive); without one, a number was missing.</summary>
    private static string Mark(Condition c) => c.State switch
    {
        ConditionState.Holds => "✔",
        ConditionState.Fails => "✘",
        _ when c.Estimate is not null => "?",
        _ => "○",
    };
}
