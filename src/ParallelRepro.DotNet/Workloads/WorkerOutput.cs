using System.Text;

namespace ParallelRepro.DotNet.Workloads;

/// <summary>What a worker process writes on stdout: UTF-8 text lines, buffered, so the parent reads one pipe.</summary>
internal static class WorkerOutput
{
    public static TextWriter Open() => new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
}
