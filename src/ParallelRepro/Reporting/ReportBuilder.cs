using System.Text;
using ParallelRepro.Claims;
using ParallelRepro.Common;
using ParallelRepro.Reporting.Figures;
using ParallelRepro.Reporting.Html;
using ParallelRepro.Reporting.Sections;
using ParallelRepro.Reporting.Site;

namespace ParallelRepro.Reporting;

/// <summary>Where a report was written, and the verdict counts it shows (Python runtimes and claims decided once).</summary>
public sealed record ReportOutput(string Directory, string Markdown, string Html, string SiteIndex, VerdictCounts Counts);

/// <summary>
/// The report stage: turns results.json (+ effort.json, profiles) and the verdicts of claims.json into
/// <c>reports/&lt;commit&gt;/</c> — index.md, index.html, figures (PNG + SVG), and data/ holding every file it was
/// built from — then refreshes <c>reports/index.html</c>. Deterministic for given files and clock: no absolute paths.
/// It never decides a claim: verdicts are computed once, by the claims stage.
/// </summary>
internal sealed class ReportBuilder(string reportsRoot, TimeProvider clock)
{
    private static readonly IReportSection[] Sections =
    [
        new ConclusionsSection(), new SummarySection(), new EnvironmentSection(), new ClaimsSection(), new ProgramsSection(), new UtilizationSection(),
        new HeatmapSection(), new DotNetSection(), new Table1Section(), new Table2Section(), new CorrectnessSection(), new ProblemsSection(),
        new ClaimDetailsSection(), new GilSameBinarySection(), new DeviationsSection(), new DataSection(),
    ];

    public ReportOutput Build(ReportInputs inputs)
    {
        var claimInputs = inputs.Sources.Load();
        // Both read before anything is written: a missing or stale claims.json leaves no half-built report.
        var claims = ClaimsFile.Read(inputs.ClaimsJson);
        RequireSameCommits(claims, claimInputs.Results.Commits, inputs.ClaimsJson);
        var folder = FolderName(claimInputs.Results.Commits.LastOrDefault() ?? "unknown");
        var dir = Path.Combine(reportsRoot, folder);
        var dataDir = Path.Combine(dir, ReportDataFolder.Name);
        ReportDataFolder.Fill(inputs, dataDir);
        var figuresDir = Path.Combine(dir, FigureSink.Folder);
        if (Directory.Exists(figuresDir)) Directory.Delete(figuresDir, recursive: true);

        // summary.json goes first so that the data section lists it with the rest.
        var preliminary = new ReportContext(claimInputs, claims, new FigureSink(dir), [], dataDir, clock.GetUtcNow());
        Json.WriteFile(Path.Combine(dataDir, ReportSummary.FileName), ReportSummary.Of(preliminary, folder));
        var report = new ReportContext(claimInputs, claims, new FigureSink(dir), ReportDataFolder.Files(dataDir), dataDir, clock.GetUtcNow());

        var md = new StringBuilder();
        new HeaderSection(Sections).Write(report, md);
        foreach (var section in Sections) section.Write(report, md);
        var markdown = md.ToString().TrimEnd() + "\n";

        var markdownPath = Path.Combine(dir, "index.md");
        var htmlPath = Path.Combine(dir, "index.html");
        AtomicFile.WriteAllText(markdownPath, markdown);
        AtomicFile.WriteAllText(htmlPath, HtmlPage.Render($"ParallelRepro — {report.ShortCommit}", markdown, [SectionText.Anchor(ProgramsSection.Title)]));
        var site = SiteIndex.Write(reportsRoot);
        return new ReportOutput(dir, markdownPath, htmlPath, site, report.Counts);
    }

    /// <summary>Verdicts decided on other results than these would show the wrong page: refuse them.</summary>
    private static void RequireSameCommits(ClaimsReport claims, IReadOnlyList<string> resultsCommits, string path)
    {
        if (!claims.Commits.SequenceEqual(resultsCommits, StringComparer.Ordinal))
            throw new ReproException(
                $"{path}: decided on commit(s) {string.Join(", ", claims.Commits)}, but the results are of {string.Join(", ", resultsCommits)}: {ClaimsFile.Remedy} again");
    }

    /// <summary>The commit comes from a data file: keep its folder name to safe characters and inside reports/.</summary>
    public static string FolderName(string commit)
    {
        var name = FigureSink.FileSafe(GitInfo.ShortName(commit));
        return name.Trim('.').Length == 0 ? "unknown" : name;
    }
}
