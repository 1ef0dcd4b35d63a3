using ParallelRepro.Running;

namespace ParallelRepro.Aggregation;

/// <summary>
/// Which runs were taken during a disturbance. A run the harness probed on each CPU (<see cref="CpuProbes"/>) was
/// disturbed when a probe on some CPU it could use, before or after, took over <see cref="SpeedProbe.DisturbanceFactor"/>
/// times that CPU's usual probe on the same runner and runtime (an interpreter's loop runs at its own speed); a run
/// without them (the C# programs, older records) when <see cref="SpeedProbe"/> did, against the runner's median. Either
/// needs ten probes to compare with. Disturbed runs are kept: the claims that read them count them.
/// A CPU's usual probe is the lower quartile of its probes, not their median, because a vCPU can be slowed most of
/// the time: in one default run's Run stage, one vCPU's median probe was 4.8 ms and the other's 3.1 ms, and against
/// its median there the slow one flagged 8 of 429 runs. Over that whole run, both CPUs' lower quartiles were 2.9 ms.
/// </summary>
internal sealed class Disturbance
{
    private const int MinProbes = 10;

    private readonly Dictionary<(string Runner, string Runtime, int Cpu), double> usualCpuProbe;
    private readonly Dictionary<string, double> runnerProbeAbove;

    private Disturbance(IReadOnlyCollection<RunRecord> records)
    {
        usualCpuProbe = records.Where(r => r.CpuProbesS is not null)
            .SelectMany(r => r.CpuProbesS!.All().Select(p => (Key: (r.Runner, r.Runtime, p.Cpu), p.Seconds)))
            .GroupBy(p => p.Key)
            .Where(g => g.Count() >= MinProbes)
            .ToDictionary(g => g.Key, g => CpuProbes.Usual(g.Select(p => p.Seconds)));
        runnerProbeAbove = records.GroupBy(r => r.Runner).ToDictionary(g => g.Key, g => SpeedProbe.DisturbedAbove(g.Select(r => r.ProbeS)));
    }

    public static Disturbance Of(IReadOnlyCollection<RunRecord> records) => new(records);

    public bool Disturbed(RunRecord run)
        => run.CpuProbesS is { } probes && probes.All().Any()
            // The harness probes every CPU; a run kept on its start CPU is touched only by that one's slowing.
            ? probes.All().Where(p => run.CouldUse(p.Cpu)).Any(p => usualCpuProbe.TryGetValue((run.Runner, run.Runtime, p.Cpu), out var usual) && CpuProbes.Slow(p.Seconds, usual))
            : run.ProbeS > runnerProbeAbove.GetValueOrDefault(run.Runner, double.PositiveInfinity);
}
