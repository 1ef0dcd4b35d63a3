using System.Text.Json.Nodes;
using ParallelRepro.Paper;
using ParallelRepro.Reporting;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reporting;

/// <summary>
/// The verdicts as the report reads them from claims.json: the conclusions first, with the key number and its interval,
/// inconclusive verdicts with their reason, and the .NET programs kept out of every verdict.
/// </summary>
public sealed class ConclusionsTests(ReportFixture report) : IClassFixture<ReportFixture>
{
    private string Section(string heading)
    {
        var start = report.Markdown.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = report.Markdown.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return report.Markdown[start..end];
    }

    [Fact]
    public void The_conclusions_are_the_first_section()
        => Assert.Equal("## Conclusions", report.Markdown.Split('\n').First(l => l.StartsWith("## ", StringComparison.Ordinal)));

    [Fact]
    public void Each_conclusion_has_its_verdict_per_python_runtime_and_its_key_number_with_the_interval()
    {
        var conclusions = Section("Conclusions");
        Assert.Contains("| the paper's conclusion | python3.12 | python3.13t |", conclusions, StringComparison.Ordinal);
        Assert.Contains("| [Processes speed up CPU-bound Python (about 2×)](#cpu-mp-speedup) | ✔ held 0.47× \\[0.46, 0.48\\] | ✔ held 0.48× \\[0.47, 0.48\\] |", conclusions, StringComparison.Ordinal);
        Assert.Contains("| [More threads make CPU-bound Python slower](#cpu-mt-worse-with-n) | ? inconclusive 1.05× \\[0.98, 1.12\\] | ○ not testable here |", conclusions, StringComparison.Ordinal);
        Assert.Contains("✘ did not hold", conclusions, StringComparison.Ordinal);
        Assert.Contains("Decided once for this commit: ", conclusions, StringComparison.Ordinal);
        Assert.Contains("[Threads take the least effort, Cython/OpenMP the most](#table2-effort-ordering): ", conclusions, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inconclusive_verdict_shows_its_reason_in_the_claims_table_and_counts_line()
    {
        Assert.Contains("| ? inconclusive | mt at n=8 ≥ 1.1 × mt at n=1: mt(8)/mt(1): 1.05× \\[0.98, 1.12\\] straddles ≥ 1.1 (reaches 0.12 past it); about 12 more rounds would decide it |",
            Section("Claims"), StringComparison.Ordinal);
        Assert.Contains("**10 reproduced, 5 not reproduced, 1 inconclusive, 20 not testable here**", Section("Summary"), StringComparison.Ordinal);
        Assert.Contains("| ? inconclusive | ? mt at n=8 ≥ 1.1 × mt at n=1 | mt(8)/mt(1): 1.05× \\[0.98, 1.12\\] (bound ≥ 1.1) |", Section("Claim details"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_claim_has_a_short_plain_conclusion()
        => Assert.All(PaperClaims.All, c => Assert.InRange(c.Conclusion.Length, 20, 80));

    [Fact]
    public void A_runtime_whose_records_ran_the_csharp_programs_is_in_no_verdict_table_and_no_headline()
    {
        using var copy = new TempDir();
        CopyFixture(copy.Path);
        var path = Path.Combine(copy.Path, "results.json");
        var results = JsonNode.Parse(File.ReadAllText(path))!;
        // The records' programs field is the one rule (Results.RanDotNetPrograms), whatever the runtime's label.
        foreach (var cell in results["cells"]!.AsArray().Where(c => (string?)c!["runtime"] == "python3.13t"))
            cell!["programs"] = "dotnet";
        File.WriteAllText(path, results.ToJsonString());

        var output = new ReportBuilder(Path.Combine(copy.Path, "reports"), FixedClock.Default).Build(ReportInputs.FromFolder(copy.Path));
        var markdown = File.ReadAllText(output.Markdown);
        var claims = markdown[markdown.IndexOf("\n## Claims\n", StringComparison.Ordinal)..markdown.IndexOf("\n## Programs\n", StringComparison.Ordinal)];
        Assert.DoesNotContain("python3.13t", claims, StringComparison.Ordinal);
        Assert.Contains("| the paper's conclusion | python3.12 |\n", markdown, StringComparison.Ordinal);
        Assert.Equal(19, output.Counts.Total); // 17 measured claims on python3.12, and the effort and profile claims decided once
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output.Directory, "data", "summary.json")))!;
        Assert.Equal(19, (int)summary["counts"]!["total"]!);
    }

    internal static void CopyFixture(string target)
    {
        foreach (var file in Directory.GetFiles(ReportFixture.Source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(ReportFixture.Source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
