using System.Text;
using ParallelRepro.Claims;
using ParallelRepro.Common;

namespace ParallelRepro.Reporting.Sections;

/// <summary>
/// The first thing a reader sees: the paper's conclusions in plain words, each with held / did not hold /
/// inconclusive / not testable here on every Python runtime, and its key number with its interval.
/// One compact table, so that it fits the first screen with the title; the reasons are in the claims section.
/// </summary>
internal sealed class ConclusionsSection : IReportSection
{
    public string Heading => "Conclusions";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("✔ held · ✘ did not hold · ? inconclusive (more runs would decide) · ○ not testable here; key ratio with its interval, 95 % unless another level is shown (99 % for ratios from the decide stage's extra rounds, looked at after every round); reasons: [Claims](#claims).");
        var scopes = report.PythonScopes;
        var outcomes = report.Outcomes;
        var measured = report.Claims.Claims.Where(c => outcomes.Any(o => o.Id == c.Id && o.Runner is not null)).ToArray();
        if (scopes.Count > 0 && measured.Length > 0)
        {
            var rows = measured.Select(claim => (IReadOnlyList<string>)
            [
                Conclusion(claim),
                .. scopes.Select(s => outcomes.FirstOrDefault(o => o.Id == claim.Id && o.Runner == s.Runner && o.Runtime == s.Runtime && o.Cores == s.Cores) is { } o ? Cell(o) : "–"),
            ]);
            md.Append(MarkdownText.Table(["the paper's conclusion", .. ColumnLabels(scopes)], rows)).AppendLine();
        }
        else
        {
            md.Paragraph("No Python runtime was measured: no conclusion of the paper could be checked.");
        }
        var once = report.Claims.Claims.Select(c => (Claim: c, Outcome: outcomes.FirstOrDefault(o => o.Id == c.Id && o.Runner is null)))
            .Where(x => x.Outcome is not null).Select(x => $"{Conclusion(x.Claim)}: {Cell(x.Outcome!)}").ToArray();
        if (once.Length > 0) md.Paragraph($"Decided once for this commit: {string.Join(" · ", once)}.");
    }

    /// <summary>"✔ held 0.97× [0.93, 1.01]": the verdict in the conclusion's words, then the key number.</summary>
    public static string Cell(ClaimOutcome outcome)
    {
        var words = $"{outcome.Verdict.Mark()} {Words(outcome.Verdict)}";
        return outcome.Verdict != Verdict.NotTestableHere && outcome.KeyNumber() is { } key ? $"{words} {MarkdownText.Escape(key)}" : words;
    }

    public static string Words(Verdict verdict) => verdict switch
    {
        Verdict.Reproduced => "held",
        Verdict.NotReproduced => "did not hold",
        Verdict.Inconclusive => "inconclusive",
        _ => "not testable here",
    };

    private static string Conclusion(Paper.PaperClaim claim)
        => $"[{MarkdownText.Escape(claim.Conclusion ?? claim.Id)}](#{SectionText.Anchor(claim.Id)})";

    /// <summary>The runtime alone when it names its column uniquely, else runner · runtime · cores.</summary>
    private static IEnumerable<string> ColumnLabels(IReadOnlyList<ClaimScope> scopes)
    {
        var unique = scopes.Select(s => s.Runtime).Distinct(StringComparer.Ordinal).Count() == scopes.Count;
        return scopes.Select(s => MarkdownText.Escape(unique ? s.Runtime : ReportContext.Title(s)));
    }
}
