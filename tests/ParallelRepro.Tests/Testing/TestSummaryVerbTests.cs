using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Testing;

/// <summary>`repro test-summary`: the closing line is the last line printed, and a failed test anywhere exits 1.</summary>
public sealed class TestSummaryVerbTests : IDisposable
{
    private readonly TempDir dir = new();

    private async Task<CliResult> Summary(string trxOutcome, string pythonTest)
    {
        Directory.CreateDirectory(dir.File("trx"));
        File.WriteAllText(dir.File("trx/run.trx"), $"""<TestRun><Results><UnitTestResult outcome="Passed" /><UnitTestResult outcome="{trxOutcome}" /></Results></TestRun>""");
        Directory.CreateDirectory(dir.File("py/tests"));
        File.WriteAllText(dir.File("py/tests/__init__.py"), ""); // a package under its parent, as src/workloads/tests is
        File.WriteAllText(dir.File("py/tests/test_one.py"), $"import unittest\n\nclass T(unittest.TestCase):\n    def test_it(self):\n        {pythonTest}\n");
        return await ReproCli.RunAsync("test-summary", "--root", Repo.Root, "--trx", dir.File("trx"), "--python-tests", dir.File("py/tests"));
    }

    private static string LastLine(CliResult result) => result.Output.TrimEnd().Split('\n')[^1];

    [Fact]
    public async Task All_passing_prints_the_counts_last_and_exits_0()
    {
        var result = await Summary("NotExecuted", "self.assertTrue(True)");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("2 passed, 0 failed, 1 skipped", LastLine(result));
        Assert.Contains("Ran 1 test", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Failed", "self.assertTrue(True)", "2 passed, 1 failed, 0 skipped")]
    [InlineData("Passed", "self.fail('no')", "2 passed, 1 failed, 0 skipped")]
    public async Task A_failed_test_on_either_side_exits_1(string trxOutcome, string pythonTest, string closing)
    {
        var result = await Summary(trxOutcome, pythonTest);
        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        Assert.Equal(closing, LastLine(result));
        Assert.Equal("", result.Error);
    }

    public void Dispose() => dir.Dispose();
}
