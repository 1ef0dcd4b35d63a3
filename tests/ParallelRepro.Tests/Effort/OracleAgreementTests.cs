using Xunit;

namespace ParallelRepro.Tests.Effort;

/// <summary>
/// The analyzer against the real tools on small trees: every graph mccabe prints (name and
/// complexity, in its order), and cloc's blank/comment/code counts. Disagreements are listed together.
/// The whole standard library is compared in <see cref="CorpusTests"/>.
/// </summary>
public sealed class OracleAgreementTests
{
    [Fact]
    public async Task Fixtures_agree_with_mccabe() => AssertNone(await OracleComparison.McCabeAsync(Corpus.Files(Corpus.Fixtures, ".py")));

    [Fact]
    public void Fixtures_agree_with_cloc() => AssertNone(OracleComparison.Cloc(Corpus.Files(Corpus.Fixtures, ".py", ".pyx")));

    [Fact]
    public async Task Standard_library_json_agrees_with_mccabe_and_cloc()
    {
        AssertNone(await OracleComparison.McCabeAsync(Corpus.Files(Corpus.StandardLibraryJson, ".py")));
        AssertNone(OracleComparison.Cloc(Corpus.Files(Corpus.StandardLibraryJson, ".py")));
    }

    [WorkloadsOracleFact]
    public async Task Workloads_agree_with_mccabe_and_cloc()
    {
        AssertNone(await OracleComparison.McCabeAsync(Corpus.Files(Corpus.Workloads!, ".py")));
        AssertNone(OracleComparison.Cloc(Corpus.Files(Corpus.Workloads!, ".py", ".pyx")));
    }

    private static void AssertNone(Agreement agreement)
    {
        Assert.True(agreement.Files > 0, "no files to compare");
        Assert.True(agreement.Disagreements.Count == 0, $"{agreement.Summary}:\n{string.Join("\n", agreement.Disagreements)}");
    }
}
