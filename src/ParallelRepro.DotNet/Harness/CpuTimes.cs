using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ParallelRepro.DotNet.Harness;

/// <summary>
/// CPU seconds of this process and of its reaped children (the worker processes), from getrusage as the Python
/// harness reads them; on Windows the process times, children 0 (as Python's os.times there).
/// </summary>
internal readonly partial record struct CpuTimes(double UserS, double SysS, double ChildrenUserS, double ChildrenSysS)
{
    private const int RusageSelf = 0;
    private const int RusageChildren = -1;

    public static CpuTimes Now()
    {
        if (OperatingSystem.IsWindows())
        {
            using var self = Process.GetCurrentProcess();
            return new CpuTimes(self.UserProcessorTime.TotalSeconds, self.PrivilegedProcessorTime.TotalSeconds, 0, 0);
        }
        var (user, sys) = Read(RusageSelf);
        var (childrenUser, childrenSys) = Read(RusageChildren);
        return new CpuTimes(user, sys, childrenUser, childrenSys);
    }

    public CpuTimes Since(CpuTimes start)
        => new(UserS - start.UserS, SysS - start.SysS, ChildrenUserS - start.ChildrenUserS, ChildrenSysS - start.ChildrenSysS);

    /// <summary>Peak resident set of this process in KiB (Linux: VmHWM, the ru_maxrss Python reports).</summary>
    public static long PeakRssKb()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / 1024;
    }

    private static (double User, double Sys) Read(int who)
    {
        Rusage usage;
        if (GetRusage(who, out usage) != 0) return (double.NaN, double.NaN);
        return (usage.UserSec + usage.UserUsec / 1e6, usage.SysSec + usage.SysUsec / 1e6);
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRusage(int who, out Rusage usage);

    /// <summary>struct rusage on 64-bit Linux and macOS: two timevals (seconds, microseconds), then 14 longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct Rusage
    {
        public long UserSec;
        public long UserUsec;
        public long SysSec;
        public long SysUsec;
        public fixed long Rest[14];
    }
}
