using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using ParallelRepro.DotNet.Cli;

namespace ParallelRepro.DotNet.Harness;

/// <summary>
/// <c>--cores K</c>: restrict the process to the first K CPUs of its affinity, as the Python harness does first
/// thing. The runtime has started threads before Main (thread pool gate, tiered JIT), and on Linux affinity is per
/// thread, so every thread of the process is restricted; threads started later inherit it, and so do children.
/// </summary>
internal static partial class Affinity
{
    private const int MaskBytes = 128; // 1024 CPUs

    /// <summary>Returns the number of CPUs the process may use afterwards.</summary>
    public static int Apply(int cores)
    {
        if (cores < 0) throw new UsageException($"--cores must be >= 0, got {cores}");
        if (!OperatingSystem.IsLinux()) return Environment.ProcessorCount;
        var mask = new byte[MaskBytes];
        if (SchedGetAffinity(0, MaskBytes, mask) != 0) return Environment.ProcessorCount;
        if (cores > 0)
        {
            var keep = Restrict(mask, cores);
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
                _ = SchedSetAffinity(int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture), MaskBytes, keep);
            mask = keep;
        }
        return mask.Sum(b => BitOperations.PopCount(b));
    }

    private static byte[] Restrict(byte[] mask, int cores)
    {
        var keep = new byte[MaskBytes];
        var left = cores;
        for (var cpu = 0; cpu < MaskBytes * 8 && left > 0; cpu++)
        {
            if ((mask[cpu / 8] & (1 << (cpu % 8))) == 0) continue;
            keep[cpu / 8] |= (byte)(1 << (cpu % 8));
            left--;
        }
        return keep;
    }

    [LibraryImport("libc", EntryPoint = "sched_getaffinity", SetLastError = true)]
    private static partial int SchedGetAffinity(int pid, nint size, [Out] byte[] mask);

    [LibraryImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static partial int SchedSetAffinity(int pid, nint size, byte[] mask);
}
