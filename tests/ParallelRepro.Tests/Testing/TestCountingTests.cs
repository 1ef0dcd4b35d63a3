using ParallelRepro.Common;
using ParallelRepro.Testing;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Testing;

/// <summary>The counts behind the Test target's closing line, from synthetic TRX files and unittest output.</summary>
public sealed class TestCountingTests : IDisposable
{
    private readonly TempDir dir = new();

    private void Trx(string name, params string[] outcomes)
    {
        var results = string.Concat(outcomes.Select((o, i) => $"""<UnitTestResult testId="{i}" testName="T{i}" outcome="{o}" />"""));
        // The counters say something else on purpose: xunit's skipped tests are missing from notExecuted.
        var path = dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>{results}</Results>
              <ResultSummary outcome="Failed"><Counters total="99" executed="99" passed="99" failed="0" notExecuted="0" /></ResultSummary>
            </TestRun>
            """);
    }

    [Fact]
    public void The_closing_line_reads_as_ci_expects()
        => Assert.Equal("12 passed, 0 failed, 3 skipped", new TestCounts(12, 0, 3).ToString());

    [Fact]
    public void Trx_results_are_counted_per_test_across_files()
    {
        Trx("a.trx", "Passed", "Passed", "NotExecuted", "Failed");
        Trx("sub/b.trx", "Passed", "Timeout", "Error", "NotExecuted");

        Assert.Equal(new TestCounts(3, 3, 2), TrxCounts.Read(dir.Path, exitCode: 1));
    }

    [Fact]
    public void A_failed_dotnet_test_without_a_failed_result_counts_as_one_failure()
    {
        Trx("a.trx", "Passed");

        Assert.Equal(new TestCounts(1, 0, 0), TrxCounts.Read(dir.Path, exitCode: 0));
        Assert.Equal(new TestCounts(1, 1, 0), TrxCounts.Read(dir.Path, exitCode: 1));
        Assert.Equal(new TestCounts(0, 1, 0), TrxCounts.Read(dir.File("none"), exitCode: 1));
    }

    [Fact]
    public void A_broken_trx_file_is_named()
    {
        File.WriteAllText(dir.File("bad.trx"), "<TestRun>\n<Results>");
        var error = Assert.Throws<ReproException>(() => TrxCounts.Read(dir.Path, 0));
        Assert.StartsWith($"{dir.File("bad.trx")}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passing_unittest_run()
        => Assert.Equal(new TestCounts(40, 0, 2), UnittestCounts.Parse(["test_a (x.T.test_a) ... ok", "", "Ran 42 tests in 1.234s", "", "OK (skipped=2)"], 0));

    [Fact]
    public void A_failing_unittest_run_counts_failures_errors_and_unexpected_successes()
    {
        string[] lines = ["Ran 20 tests in 0.5s", "", "FAILED (failures=2, errors=1, skipped=3, expected failures=1, unexpected successes=1)"];
        Assert.Equal(new TestCounts(12, 4, 4), UnittestCounts.Parse(lines, 1));
    }

    [Fact]
    public void The_last_summary_counts_not_a_test_that_printed_one()
        => Assert.Equal(new TestCounts(4, 1, 0), UnittestCounts.Parse(["printed: failures=9", "Ran 5 tests in 0.1s", "FAILED (failures=1)"], 1));

    [Fact]
    public void A_runner_that_broke_before_any_test_is_one_failure_not_a_negative_count()
        => Assert.Equal(new TestCounts(0, 1, 0), UnittestCounts.Parse(["ImportError: No module named ppp"], 1));

    public void Dispose() => dir.Dispose();
}
