using ParallelRepro.Effort;
using ParallelRepro.Effort.Metrics;
using ParallelRepro.Effort.Syntax;
using Xunit;

namespace ParallelRepro.Tests.Effort;

/// <summary>
/// The tools' answers on our fixtures, recorded from cloc 1.96 and mccabe 0.7 so the rules stay
/// pinned whatever version of the tools is installed (OracleAgreementTests asks the tools themselves).
/// </summary>
public sealed class PinnedRulesTests
{
    private static string Fixture(params string[] parts) => Path.Combine([Corpus.Fixtures, .. parts]);

    [Theory]
    [InlineData("python/cloc_quirks.py", 10, 11, 19)]
    [InlineData("python/continuation.py", 1, 2, 9)]
    [InlineData("cython/kernels.pyx", 21, 3, 70)]
    public void Line_counts_equal_cloc(string file, int blank, int comment, int code)
    {
        var path = Fixture(file.Split('/'));
        var counts = ClocCounter.Count(File.ReadAllText(path), SourceLanguages.FromPath(path)!.Value);
        Assert.Equal((blank, comment, code), (counts.Blank, counts.Comment, counts.Code));
    }

    [Fact]
    public void Branching_rules_equal_mccabe()
    {
        var path = Fixture("python", "branches.py");
        string[] expected =
        [
            "4:0: 'plain' 1", "8:0: 'if_only' 2", "14:0: 'if_elif_else' 4", "25:0: 'loops' 4", "40:0: 'tries' 5",
            "59:0: 'not_counted' 2", "73:0: 'asynchronous' 3", "81:0: 'nested_def' 5", "95:0: 'single_line' 6",
            "104:0: 'match_statement' 1", "113:0: 'try_star' 1",
        ];
        Assert.Equal(expected, Analyzer.Analyze(path).Complexities.Select(c => c.ToMcCabeLine()));
    }

    [Fact]
    public void Module_level_blocks_classes_and_duplicate_names_equal_mccabe()
    {
        var path = Fixture("python", "module_level.py");
        string[] expected =
        [
            "TryExcept 7 5", "If 17 3", "Loop 24 3", "Loop 28 2", "If 32 2", "Loop 34 2", "If 42 2",
            "46:8: 'Outer.Inner.method' 1", "54:4: 'Outer.value' 2", "60:4: 'Outer.helper' 2", "73:0: 'twice' 2",
            "79:0: 'decorated' 1", "If 83 2",
        ];
        Assert.Equal(expected, Analyzer.Analyze(path).Complexities.Select(c => c.ToMcCabeLine()));
    }
}
