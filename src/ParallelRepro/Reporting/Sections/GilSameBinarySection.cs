using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Common;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting.Sections;

/// <summary>
/// The GIL claims tested without the GIL: each free-threaded binary measured with the GIL off and on
/// (<see cref="GilPair"/>), its threaded speedup curves side by side, and each GIL claim's verdict on both. A
/// claim that holds with the GIL and fails without it is the finding free-threading promises, not a failed
/// reproduction. Also shows how each interpreter was built, since different builds' absolute times differ.
/// </summary>
internal sealed class GilSameBinarySection : IReportSection
{
    public string Heading => "With and without the GIL, same binary";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        WriteBuilds(report.Results, md);
        var pairs = GilPair.Find(report.Results).ToList();
        if (pairs.Count == 0)
        {
            md.Paragraph("No runner measured one free-threaded binary with the GIL both off and on. To add the pair, build it (`dotnet cake --target=Python-FreeThreaded`) and run with `--interpreters=py311=/usr/bin/python3,ft,ft-gil`.");
            return;
        }
        md.Paragraph("Speedup is each runtime's own serial time over the variant's, with its 95 % interval: it compares GIL off and on within one build. A claim that holds with the GIL and not without it is a finding about free-threaded CPython, not a failure of the reproduction.");
        foreach (var pair in pairs)
        {
            WriteCurves(report.Results, pair, md);
            WriteVerdicts(report.Claims, pair, md);
        }
        md.Paragraph(GilFindings.CpuBoundMt);
    }

    private static void WriteBuilds(Results results, StringBuilder md)
    {
        // Python interpreters only: the C# counterparts have no GIL and no sysconfig.
        var python = results.Runners.SelectMany(r => r.Runtimes.Select(rt => (Runner: r, Runtime: rt, Facts: r.RuntimeFacts.GetValueOrDefault(rt))))
            .Where(r => r.Facts?.Implementation != RuntimeIds.DotNet);
        var rows = python.Select(p =>
        {
            var (r, rt, facts) = p;
            var gil = facts?.GilEnabled switch { false => "off", true when facts.GilTurnedOnByImports => "on (turned on by an import)", true => "on", _ => "–" };
            return (IReadOnlyList<string>)
            [
                MarkdownText.Escape(r.Runner), MarkdownText.Escape(rt), MarkdownText.Escape($"{facts?.Implementation} {facts?.Version}".Trim()), gil,
                facts?.Build?.Optimizations ?? "–", facts?.Build?.ConfigArgs is { Length: > 0 } args ? MarkdownText.Escape(args) : "–",
            ];
        });
        md.Append(MarkdownText.Table(["runner", "runtime", "interpreter", "GIL after imports", "optimizations", "configure arguments"], rows)).AppendLine();
        md.Paragraph("Absolute times of different builds are not comparable: builds differ in version and in optimizations (PGO, LTO), which a distributor may apply without recording them in `sysconfig` (Debian's python3 does). GIL off against GIL on is fair only within one binary.");
    }

    private static void WriteCurves(Results results, GilPair pair, StringBuilder md)
    {
        var cells = results.Cells.Where(c => c.Runner == pair.Runner && GilPair.Threaded(c.Variant)).ToList();
        foreach (var group in cells.Select(c => c.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            md.Heading($"{MarkdownText.Escape(group)} on {MarkdownText.Escape(pair.Runner)}: {MarkdownText.Escape(pair.GilOff)} (GIL off) vs {MarkdownText.Escape(pair.GilOn)} (GIL on)", level: 3);
            var rows = cells.Where(c => c.Group == group && (c.Runtime == pair.GilOff || c.Runtime == pair.GilOn))
                .GroupBy(c => (c.Variant, c.Cores, c.Workers))
                .OrderBy(g => VariantNames.Order(g.Key.Variant)).ThenBy(g => g.Key.Cores).ThenBy(g => g.Key.Workers)
                .Select(g => (IReadOnlyList<string>)
                [
                    VariantNames.Legend(g.Key.Variant), g.Key.Cores == 0 ? "all" : g.Key.Cores.ToString(CultureInfo.InvariantCulture),
                    g.Key.Workers.ToString(CultureInfo.InvariantCulture),
                    Speedup(g.FirstOrDefault(c => c.Runtime == pair.GilOff)), Speedup(g.FirstOrDefault(c => c.Runtime == pair.GilOn)),
                ]);
            md.Append(MarkdownText.Table(["variant", "cores", "n", "speedup, GIL off", "speedup, GIL on"], rows.ToList(), [false, true, true, true, true])).AppendLine();
        }
    }

    private static string Speedup(CellResult? cell)
        => cell?.Speedup is not { } speedup ? "–"
            : $"{MarkdownText.Ratio(speedup)} [{MarkdownText.Ratio(cell.SpeedupLow)}–{MarkdownText.Ratio(cell.SpeedupHigh)}]";

    private static void WriteVerdicts(ClaimsReport claims, GilPair pair, StringBuilder md)
    {
        var gilClaims = claims.Claims.Where(c => c.Text.Contains("GIL", StringComparison.Ordinal));
        var rows = gilClaims.SelectMany(claim =>
            OutcomesOn(claims, claim.Id, pair.Runner, pair.GilOff).Select(off =>
            {
                var on = OutcomesOn(claims, claim.Id, pair.Runner, pair.GilOn).FirstOrDefault(o => o.Cores == off.Cores);
                var reverses = off.Verdict == Verdict.NotReproduced && on?.Verdict == Verdict.Reproduced;
                return (IReadOnlyList<string>)
                [
                    $"[{claim.Id}](#{SectionText.Anchor(claim.Id)})", off.Cores == 0 ? "all" : off.Cores?.ToString(CultureInfo.InvariantCulture) ?? "–",
                    off.Verdict.Text(), on?.Verdict.Text() ?? "–", reverses ? "**reverses without the GIL** (a finding, not a failed reproduction)" : "",
                ];
            }));
        md.Heading($"GIL claims on {MarkdownText.Escape(pair.Runner)}: {MarkdownText.Escape(pair.GilOff)} vs {MarkdownText.Escape(pair.GilOn)}", level: 3);
        md.Append(MarkdownText.Table(["claim", "cores", "GIL off", "GIL on", ""], rows.ToList())).AppendLine();
    }

    private static IEnumerable<ClaimOutcome> OutcomesOn(ClaimsReport claims, string id, string runner, string runtime)
        => claims.Outcomes.Where(o => o.Id == id && o.Runner == runner && o.Runtime == runtime);
}
