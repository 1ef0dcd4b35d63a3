using System.Diagnostics;

namespace ParallelRepro.Running;

/// <summary>
/// Which CPU each Python run starts on (ppp's <c>--start-cpu</c>): every run of round r on the (r mod k)-th of the k
/// CPUs its cell may use, so that the two runs of every paired ratio start on the same CPU and the CPUs take turns
/// round by round. An extra round's second pass (<see cref="Planning.PlannedRun.CpuTurn"/> 1) starts on the next CPU,
/// so that each of its cells ran on two CPUs seconds apart. Why: a VM's vCPUs need not run at one speed, and a single-threaded program keeps the CPU it starts
/// on (Statistics.StratifiedRatio compares rounds within a CPU). Nothing is restricted: the harness moves itself to
/// that CPU and then allows every CPU again, so threads and worker processes spread as they would.
/// </summary>
internal sealed class StartCpus(IReadOnlyList<int> allowed)
{
    /// <summary>The CPUs this process may run on, in order; none off Linux, where the harness cannot place itself.</summary>
    public static StartCpus OfThisProcess()
    {
        if (!OperatingSystem.IsLinux()) return new StartCpus([]);
        try
        {
            var mask = (ulong)(long)Process.GetCurrentProcess().ProcessorAffinity;
            return new StartCpus(Enumerable.Range(0, 64).Where(cpu => (mask >> cpu & 1) == 1).ToArray());
        }
        catch (PlatformNotSupportedException)
        {
            return new StartCpus([]);
        }
    }

    public IReadOnlyList<int> Allowed => allowed;

    /// <summary>
    /// The CPU for a run of <paramref name="round"/> in a cell limited to its first <paramref name="cores"/> CPUs
    /// (0: all), as ppp's --cores takes them; null when it may use fewer than two, where there is nothing to balance.
    /// </summary>
    public int? For(int round, int cores)
    {
        var usable = cores > 0 ? allowed.Take(cores).ToArray() : allowed.ToArray();
        return usable.Length < 2 ? null : usable[round % usable.Length];
    }
}
