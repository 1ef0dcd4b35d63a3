using System.Text;
using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Reporting.Figures;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting.Sections;

/// <summary>Speedup at n = cores of every Python program on every runner × runtime, the paper's machine first (.NET has its own section).</summary>
internal sealed class HeatmapSection : IReportSection
{
    public string Heading => "Speedup across runners";

    public void Write(ReportContext report, StringBuilder md)
    {
        md.Heading(Heading);
        md.Paragraph("Speedup over serial at n = the logical cores of each column's machine (or the nearest n run), for every program. The first column is the paper's (4 logical cores). Blue: faster than serial; red: slower.");
        var columns = new List<(string Label, ClaimScope Scope)> { ("paper (4 cores)", ClaimEvaluator.Scopes(PaperResults.Create())[0]) };
        columns.AddRange(report.PythonScopes.Select(s => (ReportContext.Title(s).Replace(" · ", "\n", StringComparison.Ordinal), s)));
        var programs = report.PythonScopes.SelectMany(s => s.Cells).Where(c => !VariantIds.IsBaseline(c.Variant))
            .Select(c => (c.Group, c.Variant)).Distinct()
            .OrderBy(p => p.Group, StringComparer.Ordinal).ThenBy(p => VariantNames.Order(p.Variant)).ToArray();
        if (programs.Length == 0)
        {
            md.Paragraph("No speedups: no program was run with its serial version.");
            return;
        }
        var values = new double?[programs.Length, columns.Count];
        for (var r = 0; r < programs.Length; r++)
            for (var c = 0; c < columns.Count; c++)
                values[r, c] = AtCores(columns[c].Scope, programs[r].Group, programs[r].Variant);
        var data = new HeatmapData(columns.Select(c => c.Label).ToArray(), programs.Select(p => $"{p.Group} · {VariantNames.Legend(p.Variant)}").ToArray(), values);
        md.Paragraph(SpeedupHeatmap.Render(report.Figures, "speedup-heatmap", "Speedup over serial at n = cores", data).Markdown);
    }

    private static double? AtCores(ClaimScope scope, string group, string variant)
    {
        var cells = scope.Cells.Where(c => c.Group == group && c.Variant == variant && c.Speedup is > 0).ToArray();
        return Headlines.Nearest(cells, scope.LogicalCores) is { } n ? cells.First(c => c.Workers == n).Speedup : null;
    }
}
