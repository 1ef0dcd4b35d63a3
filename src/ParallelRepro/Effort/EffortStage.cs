using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Effort.Syntax;
using ParallelRepro.Effort.Workloads;

namespace ParallelRepro.Effort;

/// <summary>
/// The effort stage: computes the table, writes effort.json and effort.md (each atomically, always
/// both), and returns the report; the caller decides the exit code from its problems. Python sources
/// are read by <paramref name="python"/> (the pipeline's first interpreter).
/// </summary>
internal static class EffortStage
{
    public static EffortReport Run(RepoLayout layout, string python, TimeProvider clock)
    {
        var calculator = new EffortCalculator(layout.Root, new WorkloadTree(layout.Workloads), new CPythonReader(python));
        var rows = calculator.Compute();
        var catalog = calculator.Catalog;
        var report = new EffortReport
        {
            GeneratedUtc = clock.GetUtcNow(),
            Workloads = catalog.Relative(layout.Workloads),
            Definitions = EffortReport.DefinitionTexts,
            Rows = rows,
            Paper = PaperTable2.Load(),
            Files = catalog.Analyzed.Select(f => EffortReport.Describe(f, catalog.Relative(f.Path))).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(),
            Problems = catalog.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray(),
        };
        Json.WriteFile(layout.EffortFile, report);
        AtomicFile.WriteAllText(layout.EffortMarkdown, EffortMarkdown.Render(report));
        return report;
    }
}
