using System.Diagnostics;
using ParallelRepro.DotNet.Harness;

namespace ParallelRepro.DotNet.Benchmarks;

/// <summary>
/// What one iteration left besides BenchmarkDotNet's time: the output digest, the CPU seconds it used and the wall
/// seconds of the same window (<see cref="RealS"/>). CPU / real is a utilization only when both cover one window:
/// BenchmarkDotNet's time covers proc() alone, while the CPU times also cover its forced GC and the setup around it.
/// </summary>
internal sealed record IterationSample(DateTimeOffset StartedUtc, string? Digest, CpuTimes Cpu, double RealS, long MaxRssKb);

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
    private static long iterationStartTicks;
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
        iterationStartTicks = Stopwatch.GetTimestamp();
        iterationStart = CpuTimes.Now();
    }

    public static void IterationEnded(Func<string> digest)
    {
        var cpu = CpuTimes.Now().Since(iterationStart);
        var real = Stopwatch.GetElapsedTime(iterationStartTicks).TotalSeconds;
        string? value = null;
        Guard(() => value = digest());
        lock (Gate) samples.Add(new IterationSample(iterationStartUtc, value, cpu, real, CpuTimes.PeakRssKb()));
        BenchEvents.Beat();
    }
}
