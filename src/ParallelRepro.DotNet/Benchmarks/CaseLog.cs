using ParallelRepro.DotNet.Harness;

namespace ParallelRepro.DotNet.Benchmarks;

/// <summary>What one iteration left besides its time: the output digest and the CPU seconds it used.</summary>
internal sealed record IterationSample(DateTimeOffset StartedUtc, string? Digest, CpuTimes Cpu, long MaxRssKb);

/// <summary>
/// Per-case bookkeeping beside BenchmarkDotNet's measurements: one sample per iteration, in the order the
/// iterations ran (so the k-th sample belongs to the k-th workload measurement), and the first exception.
/// Cases run one after another on one thread, so one current case is enough.
/// </summary>
internal static class CaseLog
{
    private static readonly Lock Gate = new();
    private static List<IterationSample> samples = [];
    private static CpuTimes iterationStart;
    private static DateTimeOffset iterationStartUtc;

    public static Exception? Error { get; private set; }

    /// <summary>proc() calls made before the measured ones (see WorkloadBenchmarks.WarmUp).</summary>
    public static int WarmCalls { get; set; }

    public static void Begin()
    {
        lock (Gate)
        {
            samples = [];
            Error = null;
            WarmCalls = 0;
        }
    }

    public static IReadOnlyList<IterationSample> Samples
    {
        get
        {
            lock (Gate) return samples.ToArray();
        }
    }

    public static void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            Failed(e);
            throw;
        }
    }

    public static void Failed(Exception e)
    {
        lock (Gate) Error ??= e;
    }

    public static void IterationStarted()
    {
        iterationStartUtc = DateTimeOffset.UtcNow;
        iterationStart = CpuTimes.Now();
    }

    public static void IterationEnded(Func<string> digest)
    {
        var cpu = CpuTimes.Now().Since(iterationStart);
        string? value = null;
        Guard(() => value = digest());
        lock (Gate) samples.Add(new IterationSample(iterationStartUtc, value, cpu, CpuTimes.PeakRssKb()));
        BenchEvents.Beat();
    }
}
