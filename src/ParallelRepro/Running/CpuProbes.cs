using System.Globalization;

namespace ParallelRepro.Running;

/// <summary>
/// How long the harness's fixed probe took on each CPU the run could use, pinned there (<c>ppp/cpuprobe.py</c>): seconds
/// by CPU, right before the run and right after its timed part (none after when the variant was unavailable). Unlike
/// <see cref="SpeedProbe"/>, which runs wherever this process is, it sees one vCPU slowed while the other is not: the
/// disturbance of the VM this was built on (<see cref="Aggregation.Disturbance"/>).
/// </summary>
public sealed record CpuProbes
{
    public IReadOnlyDictionary<int, double> Before { get; init; } = new Dictionary<int, double>();
    public IReadOnlyDictionary<int, double> After { get; init; } = new Dictionary<int, double>();

    /// <summary>Every probe, before and after, with its CPU.</summary>
    public IEnumerable<(int Cpu, double Seconds)> All() => Before.Concat(After).Select(p => (p.Key, p.Value));

    /// <summary>A CPU's usual probe time: the lower quartile of its probes (why not the median: <see cref="Aggregation.Disturbance"/>).</summary>
    public static double Usual(IEnumerable<double> seconds) => Statistics.Quantiles.Of(seconds.Order().ToArray(), 0.25);

    /// <summary>Whether a probe ran slow: over <see cref="SpeedProbe.DisturbanceFactor"/> times its CPU's usual time.</summary>
    public static bool Slow(double seconds, double usual) => seconds > usual * SpeedProbe.DisturbanceFactor;

    /// <summary>
    /// "CPU 0: usually 2.9 ms, 4 of 40 runs over 1.25× that; CPU 1: ...", or null with fewer than 10 runs probed. Within
    /// one measuring verb, so "usually" is this verb's, not the runner's (<see cref="Aggregation.Disturbance"/>).
    /// </summary>
    public static string? Describe(IReadOnlyCollection<CpuProbes> runs)
    {
        if (runs.Count < 10) return null;
        var usual = runs.SelectMany(r => r.All()).GroupBy(p => p.Cpu).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Usual(g.Select(p => p.Seconds)));
        return string.Join("; ", usual.Select(u =>
        {
            var slow = runs.Count(r => r.All().Any(p => p.Cpu == u.Key && Slow(p.Seconds, u.Value)));
            return string.Create(CultureInfo.InvariantCulture, $"CPU {u.Key}: usually {u.Value * 1000:0.0} ms, {slow} of {runs.Count} runs over {SpeedProbe.DisturbanceFactor}× that");
        }));
    }
}
