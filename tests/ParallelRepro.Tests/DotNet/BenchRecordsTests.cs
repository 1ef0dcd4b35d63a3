using ParallelRepro.Configuration;
using ParallelRepro.Data;
using ParallelRepro.DotNetBench;
using ParallelRepro.Running;

namespace ParallelRepro.Tests.DotNet;

/// <summary>How a BenchmarkDotNet cell becomes records: one per measured iteration, checked against serial's digest.</summary>
public sealed class BenchRecordsTests
{
    private const string Serial = "sha256:serial";

    private static readonly BenchRecordContext Context = new(
        new RunContext(Settings(), "abc123", "sha256:py", new DataManifest("smoke", 1, new Dictionary<string, string> { ["a"] = "h" }), "/data",
            new Dictionary<string, string> { ["cpu_bound"] = Serial }, null),
        "sha256:cs", ".NET 10", 0, "job", new RuntimeFacts("dotnet", "10.0.0", "/x.dll", false, null, "spawn"),
        new Dictionary<string, string?> { ["BenchmarkDotNet"] = "0.15.8" }) { CoresAllowed = 2 };

    [Fact]
    public void Each_measured_iteration_is_one_record_and_warmups_are_dropped()
    {
        var records = BenchRecords.FromEnd(Context, End("ok", Sample("warmup", 1, 9e6, Serial), Sample("actual", 1, 2e6, Serial), Sample("actual", 2, 3e6, Serial)), null);
        Assert.Equal([0, 1], records.Select(r => r.Repetition));
        Assert.Equal([0.002, 0.003], records.Select(r => r.ProcTimeS!.Value));
        Assert.All(records, r =>
        {
            Assert.Equal(RunStatus.Ok, r.Status);
            Assert.Equal(".NET 10", r.Runtime);
            Assert.Equal(ParallelRepro.Vocabulary.RuntimeIds.DotNet, r.Programs);
            Assert.Equal("threads", r.Variant);
            Assert.Equal(2, r.Workers);
            Assert.Equal("sha256:cs", r.SourceHash);
            Assert.Equal("dotnet", r.Python!.Implementation);
            Assert.Equal("job", r.Libraries!["job"]);
            Assert.Equal(r.ProcTimeS!.Value + 0.001, r.RealTimeS, precision: 12);
            Assert.Equal(2, r.CoresAllowed);
        });
        Assert.Equal(2, records.Select(r => r.Key).Distinct().Count());
        Assert.Equal(records[0].Key, Context.KeyOf(new BenchCell("cpu_bound", "threads", 2), 0));
    }

    [Fact]
    public void A_digest_that_differs_from_serial_is_wrong_output()
    {
        var record = Assert.Single(BenchRecords.FromEnd(Context, End("ok", Sample("actual", 1, 2e6, "sha256:other")), null));
        Assert.Equal(RunStatus.WrongOutput, record.Status);
        Assert.Contains("differs from serial's", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_cell_is_one_failed_record_with_its_reason()
    {
        var record = Assert.Single(BenchRecords.FromEnd(Context, End("failed", []) with { Reason = "InvalidOperationException: boom" }, null));
        Assert.Equal(RunStatus.Failed, record.Status);
        Assert.Equal("InvalidOperationException: boom", record.Reason);
        Assert.Null(record.ProcTimeS);
    }

    private static BenchEvent End(string status, params BenchSample[] samples)
        => new() { Event = "end", Program = "cpu_bound.threads", Workers = 2, Status = status, Samples = samples };

    private static BenchSample Sample(string stage, int index, double ns, string digest)
        => new(stage, index, ns, digest, 0.01, 0.0, 0.0, 0.0, 1000, DateTimeOffset.UnixEpoch, RealS: ns / 1e9 + 0.001);

    private static ReproSettings Settings()
        => new(new RepoLayout("/repo"), Profile.Smoke, [1, 2], [0], 1, [new Interpreter("py", "/usr/bin/python3")], ["cpu_bound"], [], 1, "r1", TimeSpan.FromMinutes(1));
}
