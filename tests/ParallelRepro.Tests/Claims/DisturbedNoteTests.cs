using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Claims;

/// <summary>A condition's note counts the disturbed runs it read, each run once, out of all the runs it read.</summary>
public sealed class DisturbedNoteTests
{
    private static readonly int[] Ns = [1, 2, 4, 8, 16, 32, 64, 128];

    [Fact]
    public void A_serial_run_read_by_every_ns_ratio_counts_once()
    {
        static CpuProbes Probes(bool slow) => Records.Probes(0.003, 0.003, cpu0After: slow ? 0.005 : 0.003);
        // Five rounds of mt at every n (1.2 × serial) and serial; serial's run in round 0 and mt(1)'s in round 1 disturbed.
        var records = Enumerable.Range(0, 5).SelectMany(round => Ns.Select(n =>
                Records.Make("mt", n, 1.2, repetition: round) with { Round = round, CpuProbesS = Probes(n == 1 && round == 1) })
            .Append(Records.Make("serial", 1, 1.0, repetition: round) with { Round = round, CpuProbesS = Probes(round == 0) }));
        using var dir = new TempDir();
        Records.WriteRunner(dir.Path, "r1", records);
        var results = Aggregator.Aggregate([dir.Path], TimeProvider.System);
        var outcome = ClaimEvaluator.Evaluate(new ClaimInputs(results, null, []), TimeProvider.System).Outcomes.Single(o => o.Id == "cpu-mt-no-speedup");

        // "mt ≥ 0.95 × serial at every n" reads 9 cells of 5 runs; "mt(128) ≥ serial" reads 2 cells.
        Assert.Contains("2 of the 45 runs read were taken while a CPU they could use", outcome.Conditions[0].Note, StringComparison.Ordinal);
        Assert.Contains("1 of the 10 runs read were taken while a CPU they could use", outcome.Conditions[1].Note, StringComparison.Ordinal);
    }
}
