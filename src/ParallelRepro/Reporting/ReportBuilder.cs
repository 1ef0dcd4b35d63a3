using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Reporting.Figures;

namespace ParallelRepro.Reporting;

/// <summary>Where a report was written.</summary>
public sealed record ReportOutput(string Directory, string Markdown, string Html);

/// <summary>
/// The report stage: turns <c>results.json</c> into <c>reports/&lt;commit&gt;/</c> — index.md, index.html,
/// figures, and a copy of the data it was built from, so the folder stands on its own.
/// </summary>
internal sealed class ReportBuilder(string reportsRoot)
{
    public ReportOutput Build(Results results, string resultsJson, string resultsCsv, string commit)
    {
        var dir = Path.Combine(reportsRoot, GitInfo.ShortName(commit));
        Directory.CreateDirectory(Path.Combine(dir, "figures"));
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        File.Copy(resultsJson, Path.Combine(dir, "data", "results.json"), overwrite: true);
        if (File.Exists(resultsCsv)) File.Copy(resultsCsv, Path.Combine(dir, "data", "results.csv"), overwrite: true);

        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# ParallelRepro report: commit {MarkdownText.Escape(GitInfo.ShortName(commit))}");
        md.AppendLine();
        md.AppendLine("A reproduction of *Python and Parallel Programming* (Shichao An, NYU, 2013): the same programs, parallelized with `threading` (mt), `multiprocessing` (mp) and Cython/OpenMP (omp), measured on this machine.");
        md.AppendLine();
        md.Append(EnvironmentSection.Markdown(results));

        foreach (var slice in results.Cells.GroupBy(c => (c.Group, c.Runner, c.Runtime, c.Cores)).OrderBy(g => g.Key.Group, StringComparer.Ordinal))
        {
            var (group, runner, runtime, cores) = slice.Key;
            var name = $"{group}-{runner}-{runtime}-{(cores == 0 ? "all" : cores.ToString(CultureInfo.InvariantCulture))}cores";
            var figure = $"figures/{FileSafe(name)}.png";
            var title = $"{group} on {runner} ({runtime}, {(cores == 0 ? "all cores" : cores + " core(s)")})";
            GroupedBarChart.Create(title, slice.ToArray()).SavePng(Path.Combine(dir, figure), GroupedBarChart.Width, GroupedBarChart.Height);
            md.AppendLine(CultureInfo.InvariantCulture, $"## {MarkdownText.Escape(title)}");
            md.AppendLine();
            md.Append(ProcTimeSection.Markdown(group, slice.ToArray(), figure));
            md.AppendLine();
        }

        md.Append(DotNetComparisonSection.Markdown(results));
        md.Append(ProblemsSection.Markdown(results));
        md.AppendLine("## Data");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Built from {results.RecordCount} run record(s). [results.json](data/results.json) · [results.csv](data/results.csv)");

        var markdownPath = Path.Combine(dir, "index.md");
        var htmlPath = Path.Combine(dir, "index.html");
        AtomicFile.WriteAllText(markdownPath, md.ToString());
        AtomicFile.WriteAllText(htmlPath, HtmlPage.Render($"ParallelRepro — {GitInfo.ShortName(commit)}", md.ToString()));
        return new ReportOutput(dir, markdownPath, htmlPath);
    }

    private static string FileSafe(string name)
        => new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
}
