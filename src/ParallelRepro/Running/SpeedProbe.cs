using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ParallelRepro.Running;

/// <summary>
/// A fixed piece of single-threaded CPU work, timed right before each run: how fast the machine was at that moment.
/// Shared CI machines and VMs change speed by tens of percent from one second to the next (other tenants, clock
/// frequency); the probe makes that visible in every record and in the report, so a reader can tell the machine's
/// noise from the workload's. It corrects nothing: the recorded times are the measured ones.
/// </summary>
internal static class SpeedProbe
{
    /// <summary>About 15 ms on a current x64 core: a quick matrix spends about 3 s on probes.</summary>
    private const int Steps = 8_000_000;

    private static ulong sink;

    /// <summary>Seconds the probe took now.</summary>
    public static double Measure()
    {
        var started = Stopwatch.GetTimestamp();
        sink = Kernel(Steps);
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>
    /// "15.2 ms median, 13.1–24.0 ms from the 10th to the 90th percentile (+83 %)", or null with fewer than 10 probes
    /// (too few to speak of percentiles).
    /// </summary>
    public static string? Describe(IReadOnlyCollection<double> probes)
    {
        if (probes.Count < 10) return null;
        var sorted = probes.Order().ToArray();
        var (p10, p50, p90) = (Statistics.Quantiles.Of(sorted, 0.1), Statistics.Quantiles.Of(sorted, 0.5), Statistics.Quantiles.Of(sorted, 0.9));
        return string.Create(CultureInfo.InvariantCulture,
            $"{p50 * 1000:0.0} ms median, {p10 * 1000:0.0}–{p90 * 1000:0.0} ms from the 10th to the 90th percentile (+{(p90 / p10 - 1) * 100:0} %)");
    }

    /// <summary>A disturbed run's probe took this much longer than the runner's median probe (the machine was that much slower).</summary>
    public const double DisturbanceFactor = 1.25;

    /// <summary>The probe time above which a run counts as taken during a disturbance; +∞ with fewer than 10 probes.</summary>
    public static double DisturbedAbove(IEnumerable<double?> probes)
    {
        var sorted = probes.OfType<double>().Order().ToArray();
        return sorted.Length < 10 ? double.PositiveInfinity : Statistics.Quantiles.Of(sorted, 0.5) * DisturbanceFactor;
    }

    // A dependent chain of xorshift steps: no memory traffic, nothing for the JIT to fold away (the result is kept),
    // and compiled fully optimized on the first call so the first probe is not an interpreter's.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static ulong Kernel(int steps)
    {
        var x = 0x9E3779B97F4A7C15UL ^ sink;
        for (var i = 0; i < steps; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }
        return x;
    }
}
