using System.Runtime;
using System.Runtime.InteropServices;

namespace ParallelRepro.DotNet.Harness;

/// <summary>
/// The <c>runtime</c> object of a record, with the fields <c>ppp/facts.py</c> writes and a few .NET ones. There is
/// no GIL; "free-threaded build" is a CPython notion, so it is null; workers are new processes of this executable,
/// which is what Python calls the spawn start method.
/// </summary>
internal sealed record RuntimeDescription(
    string Implementation, string Version, string Executable, bool GilEnabled, bool GilEnabledAtStart, bool? FreeThreadedBuild, string StartMethod,
    string Platform, RuntimeBuild Build, string Framework, bool ServerGc, int ProcessorCount)
{
    public static RuntimeDescription Current { get; } = new(
        "dotnet", Environment.Version.ToString(), typeof(RuntimeDescription).Assembly.Location, GilEnabled: false, GilEnabledAtStart: false,
        FreeThreadedBuild: null, StartMethod: "spawn", PlatformName(), new RuntimeBuild(RuntimeInformation.FrameworkDescription, null, null),
        RuntimeInformation.FrameworkDescription, GCSettings.IsServerGC, Environment.ProcessorCount);

    /// <summary>sys.platform's names.</summary>
    private static string PlatformName()
        => OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "win32" : RuntimeInformation.OSDescription;
}

/// <summary>The <c>build</c> object of ppp/facts.py: how CPython was configured. PGO and LTO are CPython build options, null here.</summary>
internal sealed record RuntimeBuild(string ConfigArgs, bool? Pgo, bool? Lto);
