using System.Runtime.InteropServices;

namespace ParallelRepro.DotNet.Workloads;

/// <summary>
/// How to start this executable again as a worker: the <c>dotnet</c> host and this assembly. The assembly is found
/// from this type, not from the entry point, so it also works when the workloads are loaded by a test host or by
/// BenchmarkDotNet.
/// </summary>
internal sealed record SelfCommand(string FileName, IReadOnlyList<string> Prefix)
{
    public static SelfCommand Current { get; } = new(DotNetHost(), [typeof(SelfCommand).Assembly.Location]);

    private static string DotNetHost()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } current && Path.GetFileName(current).Equals(exe, StringComparison.OrdinalIgnoreCase))
            return current;
        // <root>/shared/Microsoft.NETCore.App/<version>/ -> <root>/dotnet: the host of the runtime we run on.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, exe);
        return File.Exists(host) ? host : exe;
    }
}
