using System.Diagnostics;
using System.Text;

namespace ParallelRepro.DotNet.Workloads;

/// <summary>
/// The <c>multiprocessing.Process</c> pattern: one child process of this executable per chunk (<c>worker</c> verb),
/// all started, then all waited for. Each child writes its results as text lines on stdout; a child that exits
/// non-zero fails the run with the last line of its stderr.
/// </summary>
internal static class WorkerProcesses
{
    public const string Verb = "worker";

    public static IReadOnlyList<string> Run(SelfCommand self, IReadOnlyList<IReadOnlyList<string>> childArgs)
    {
        var children = new List<Process>(childArgs.Count);
        try
        {
            foreach (var args in childArgs) children.Add(Start(self, args));
            // Read every pipe while the children run: a child blocked on a full pipe would never exit.
            var stdout = children.Select(p => p.StandardOutput.ReadToEndAsync()).ToArray();
            var stderr = children.Select(p => p.StandardError.ReadToEndAsync()).ToArray();
            foreach (var child in children) child.WaitForExit();
            Task.WaitAll([.. stdout, .. stderr]);
            for (var k = 0; k < children.Count; k++)
            {
                if (children[k].ExitCode != 0)
                    throw new InvalidOperationException($"worker process {k} ({string.Join(' ', childArgs[k])}) exited with code {children[k].ExitCode}: {LastLine(stderr[k].Result)}");
            }
            return stdout.Select(t => t.Result).ToArray();
        }
        finally
        {
            foreach (var child in children)
            {
                if (!child.HasExited) child.Kill(entireProcessTree: true);
                child.Dispose();
            }
        }
    }

    public static IEnumerable<string[]> Lines(string output)
        => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r').Split(' '));

    private static Process Start(SelfCommand self, IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo(self.FileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in self.Prefix.Append(Verb).Concat(args)) info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException($"cannot start worker process {self.FileName}");
    }

    private static string LastLine(string text)
        => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no stderr)";
}
