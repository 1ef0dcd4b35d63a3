using BenchmarkDotNet.Engines;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParallelRepro.DotNet.Benchmarks;

/// <summary>
/// Turns each finished BenchmarkDotNet case into an <c>end</c> event as soon as it finishes, pairing each workload
/// measurement (warmup and actual, in order) with the sample its iteration left in <see cref="CaseLog"/>.
/// </summary>
internal sealed class CaseReporter : EventProcessor
{
    public override void OnStartRunBenchmark(BenchmarkCase benchmarkCase)
    {
        CaseLog.Begin();
        BenchEvents.Start(CaseOf(benchmarkCase));
    }

    public override void OnEndRunBenchmark(BenchmarkCase benchmarkCase, BenchmarkReport report)
    {
        var c = CaseOf(benchmarkCase);
        var measurements = report.AllMeasurements
            .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage is IterationStage.Warmup or IterationStage.Actual)
            .ToArray();
        if (CaseLog.Error is { } error)
        {
            BenchEvents.End(new CaseEvent("end", c.Program, c.Workers, "failed", $"{error.GetType().Name}: {error.Message}", []));
            return;
        }
        if (!report.Success || !measurements.Any(m => m.IterationStage == IterationStage.Actual))
        {
            var errors = report.ExecuteResults.SelectMany(r => r.Errors).FirstOrDefault() ?? "BenchmarkDotNet reported no measurements";
            BenchEvents.End(new CaseEvent("end", c.Program, c.Workers, "failed", errors, []));
            return;
        }
        BenchEvents.End(new CaseEvent("end", c.Program, c.Workers, "ok", null, Pair(measurements, CaseLog.Samples), CaseLog.WarmCalls));
    }

    /// <summary>One sample per iteration, in order; if the counts ever disagree, the times are kept without the extras.</summary>
    private static SampleEvent[] Pair(Measurement[] measurements, IReadOnlyList<IterationSample> samples)
    {
        var paired = measurements.Length == samples.Count;
        return measurements.Select((m, k) =>
        {
            var stage = m.IterationStage == IterationStage.Actual ? "actual" : "warmup";
            var ns = m.Nanoseconds / Math.Max(1, m.Operations);
            if (!paired) return new SampleEvent(stage, m.IterationIndex, ns, null, null, null, null, null, null, null);
            var s = samples[k];
            return new SampleEvent(stage, m.IterationIndex, ns, s.Digest, s.Cpu.UserS, s.Cpu.SysS, s.Cpu.ChildrenUserS, s.Cpu.ChildrenSysS, s.MaxRssKb, s.StartedUtc, s.RealS);
        }).ToArray();
    }

    private static BenchCase CaseOf(BenchmarkCase benchmarkCase)
        => new((string)benchmarkCase.Parameters[nameof(WorkloadBenchmarks.Program)], (int)benchmarkCase.Parameters[nameof(WorkloadBenchmarks.Workers)]);
}
