using ParallelRepro.Claims;
using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Claims;

/// <summary>claims.json is the one home of the verdicts: every way of not having a usable one names the file and the command that makes it.</summary>
public sealed class ClaimsFileTests : IDisposable
{
    private readonly TempDir dir = new();

    private string Fail(string? content)
    {
        var path = dir.File("claims.json");
        if (content is not null) File.WriteAllText(path, content);
        var message = Assert.Throws<ReproException>(() => ClaimsFile.Read(path)).Message;
        Assert.DoesNotContain('\n', message);
        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains("run 'repro claims'", message, StringComparison.Ordinal);
        return message;
    }

    [Fact]
    public void A_missing_file_says_it_was_not_found() => Assert.StartsWith("claims file not found:", Fail(null), StringComparison.Ordinal);

    [Fact]
    public void A_corrupt_file_says_it_is_not_valid() => Assert.Contains("not a valid claims file", Fail("{\"schema_version\": 2, \"outcomes\": ["), StringComparison.Ordinal);

    [Fact]
    public void A_file_of_the_old_schema_is_refused()
        => Assert.Contains("claims schema 1 is not supported (expected 2)", Fail("""{"schema_version":1,"created_utc":"2026-01-01T00:00:00Z","commits":[],"claims":[],"outcomes":[]}"""), StringComparison.Ordinal);

    [Fact]
    public void What_is_written_reads_back_with_its_estimates()
    {
        var report = OutcomeTextTests.Report(OutcomeTextTests.Inconclusive);
        var path = dir.File("claims.json");
        ClaimsFile.Write(path, report);
        var read = ClaimsFile.Read(path);
        Assert.Equal(Verdict.Inconclusive, read.Outcomes.Single().Verdict);
        Assert.Equal(new Estimate("mt(8)/mt(1)", 1.05, 0.98, 1.12, 5), read.Outcomes.Single().Conditions[0].Estimate);
        Assert.Equal(1, read.Counts.Inconclusive);
    }

    public void Dispose() => dir.Dispose();
}
