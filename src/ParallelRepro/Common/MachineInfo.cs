using System.Runtime.InteropServices;

namespace ParallelRepro.Common;

/// <summary>Facts about the machine that every record and report carries.</summary>
public sealed record MachineInfo(string Os, string Architecture, string CpuModel, int LogicalCores)
{
    public static MachineInfo Current { get; } = new(
        RuntimeInformation.OSDescription,
        RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
        ReadCpuModel(),
        Environment.ProcessorCount);

    private static string ReadCpuModel()
    {
        try
        {
            if (OperatingSystem.IsLinux() && File.Exists("/proc/cpuinfo"))
            {
                var line = File.ReadLines("/proc/cpuinfo")
                    .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal) || l.StartsWith("Model", StringComparison.Ordinal));
                if (line is not null) return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
            if (OperatingSystem.IsWindows())
                return Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER") ?? "unknown";
        }
        catch (IOException)
        {
            // Unreadable /proc: fall through to "unknown" rather than failing a report over a label.
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
