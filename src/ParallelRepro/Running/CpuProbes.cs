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

    /// <summary>
    /// "CPU 0: 3.1 ms median, 4 of 40 runs over 1.25× it; CPU 1: ...", or null with fewer than 10 runs probed. Within
    /// one measuring verb, so the medians are this verb's, not the runner's (<see cref="Aggregation.Disturbance"/>).
    /// </summary>
    public static string? Describe(IReadOnlyCollection<CpuProbes> runs)
    {
        if (runs.Count < 10) return null;
        var medians = runs.SelectMany(r => r.All()).GroupBy(p => p.Cpu).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Statistics.Quantiles.Median(g.Select(p => p.Seconds)));
        return string.Join("; ", medians.Select(m =>
        {
            var slow = runs.Count(r => r.All().Any(p => p.Cpu == m.Key && p.Seconds > m.Value * SpeedProbe.DisturbanceFactor));
            return string.Create(CultureInfo.InvariantCulture, $"CPU {m.Key}: {m.Value * 1000:0.0} ms median, {slow} of {runs.Count} runs over {SpeedProbe.DisturbanceFactor}× it");
        }));
    }
}
