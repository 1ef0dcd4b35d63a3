using ParallelRepro.DotNet.Workloads.CpuBound;
using ParallelRepro.DotNet.Workloads.IoBound;
using ParallelRepro.DotNet.Workloads.MemoryBound;
using ParallelRepro.DotNet.Workloads.Overhead;

namespace ParallelRepro.DotNet.Workloads;

/// <summary>
/// Every C# variant. The pattern names are .NET's: <c>threads</c> = one Thread per chunk (mt), <c>processes</c> =
/// one child process per chunk (mp), <c>parallel-for</c> = Parallel.For with n workers (omp); memory_bound adds the
/// dynamic-typing pair of Figure 5 (boxed objects instead of long arrays).
/// </summary>
internal static class Catalog
{
    private static readonly string[] None = [];
    private static readonly string[] Wiki = ["wiki"];

    public static IReadOnlyList<Variant> All { get; } =
    [
        new("cpu_bound", "serial", None, (i, _) => new CpuBoundSerial(CpuRows(i))),
        new("cpu_bound", "threads", None, (i, n) => new CpuBoundThreads(CpuRows(i), n)),
        new("cpu_bound", "processes", None, (i, n) => new CpuBoundProcesses(CpuRows(i), n, i)),
        new("cpu_bound", "parallel-for", None, (i, n) => new CpuBoundParallelFor(CpuRows(i), n)),
        new("io_bound", "serial", Wiki, (i, _) => new IoBoundSerial(i)),
        new("io_bound", "threads", Wiki, (i, n) => new IoBoundThreads(i, n)),
        new("io_bound", "processes", Wiki, (i, n) => new IoBoundProcesses(i, n)),
        new("io_bound", "parallel-for", Wiki, (i, n) => new IoBoundParallelFor(i, n)),
        new("memory_bound", "serial", None, (i, _) => new MemoryBoundSerial(i)),
        new("memory_bound", "serial-dynamic", None, (i, _) => new MemoryBoundSerialDynamic(i)),
        new("memory_bound", "threads", None, (i, n) => new MemoryBoundThreads(i, n)),
        new("memory_bound", "processes", None, (i, n) => new MemoryBoundProcesses(i, n)),
        new("memory_bound", "parallel-for", None, (i, n) => new MemoryBoundParallelFor(i, n)),
        new("memory_bound", "parallel-for-dynamic", None, (i, n) => new MemoryBoundParallelForDynamic(i, n)),
        new("overhead", "serial", None, (i, _) => new OverheadSerial(i)),
        new("overhead", "threads", None, (i, n) => new OverheadThreads(i, n)),
        new("overhead", "processes", None, (i, n) => new OverheadProcesses(i, n)),
        new("overhead", "parallel-for", None, (i, n) => new OverheadParallelFor(i, n)),
    ];

    public static Variant? Find(string program) => All.FirstOrDefault(v => v.Program == program);

    private static IntRows CpuRows(WorkloadInput input) => IntRows.Load(input.DataFile(CpuBoundRun.Input));
}
