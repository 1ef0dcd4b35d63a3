using Xunit;
using ParallelRepro.Effort;
using ParallelRepro.Effort.Metrics;
using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Tests.Effort;

/// <summary>
/// The analyzer against the real tools, file by file: every graph mccabe prints (name and
/// complexity), and cloc's blank/comment/code counts. Disagreements are listed together.
/// </summary>
public sealed class OracleAgreementTests
{
    [McCabeFact]
    public void Fixtures_agree_with_mccabe() => AssertMcCabe(Corpus.Files(Corpus.Fixtures, ".py"));

    [ClocFact]
    public void Fixtures_agree_with_cloc() => AssertCloc(Corpus.Files(Corpus.Fixtures, ".py", ".pyx"));

    [McCabeFact]
    public void Standard_library_json_agrees_with_mccabe() => AssertMcCabe(Corpus.Files(Corpus.StandardLibraryJson, ".py"));

    [ClocFact]
    public void Standard_library_json_agrees_with_cloc() => AssertCloc(Corpus.Files(Corpus.StandardLibraryJson, ".py"));

    [WorkloadsOracleFact]
    public void Workloads_agree_with_mccabe_and_cloc()
    {
        AssertMcCabe(Corpus.Files(Corpus.Workloads!, ".py"));
        AssertCloc(Corpus.Files(Corpus.Workloads!, ".py", ".pyx"));
    }

    private static void AssertMcCabe(IReadOnlyList<string> files)
    {
        Assert.NotEmpty(files);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var expected = OracleTools.McCabe(file).Order(StringComparer.Ordinal).ToArray();
            var actual = McCabeOf(file).Order(StringComparer.Ordinal).ToArray();
            if (!expected.SequenceEqual(actual))
                problems.Add($"{file}:\n  mccabe: {string.Join(" | ", expected.Except(actual))}\n  ours:   {string.Join(" | ", actual.Except(expected))}");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {files.Count} file(s) differ from mccabe:\n{string.Join("\n", problems)}");
    }

    private static void AssertCloc(IReadOnlyList<string> files)
    {
        Assert.NotEmpty(files);
        var cloc = OracleTools.Cloc(files);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var ours = ClocCounter.Count(File.ReadAllText(file), SourceLanguages.FromPath(file)!.Value);
            var actual = (ours.Blank, ours.Comment, ours.Code);
            var expected = cloc.TryGetValue(Path.GetFullPath(file), out var c) ? (c.Blank, c.Comment, c.Code) : (0, 0, 0);
            if (expected != actual) problems.Add($"{file}: cloc {expected}, ours {actual}");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {files.Count} file(s) differ from cloc (blank, comment, code):\n{string.Join("\n", problems)}");
    }

    private static IEnumerable<string> McCabeOf(string file)
        => SourceFile.Analyze(file, File.ReadAllText(file)).Complexities.Select(c => c.ToMcCabeLine());
}
