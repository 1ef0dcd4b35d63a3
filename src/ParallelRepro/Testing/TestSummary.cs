using System.Diagnostics;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Platforms;
using Spectre.Console;

namespace ParallelRepro.Testing;

/// <summary>
/// The end of the one test command: the C# results <c>dotnet test</c> left as TRX files, then a Python test
/// folder (the workload package's, <c>src/workloads/tests</c>), run here with unittest and counted with them.
/// </summary>
internal sealed class TestSummary(string pythonTests, IAnsiConsole console)
{
    /// <summary>The workload package's tests: its folder's parent is the package root they import from.</summary>
    public static string WorkloadTests(RepoLayout layout) => Path.Combine(layout.Workloads, "tests");

    public async Task<TestCounts> CountAsync(string trxFolder, int dotnetExitCode, CancellationToken ct)
        => TrxCounts.Read(trxFolder, dotnetExitCode) + await PythonTestsAsync(ct).ConfigureAwait(false);

    private async Task<TestCounts> PythonTestsAsync(CancellationToken ct)
    {
        var top = Path.GetDirectoryName(Path.GetFullPath(pythonTests))!;
        var start = new ProcessStartInfo(InterpreterDefaults.ForScripts(File.Exists))
        {
            WorkingDirectory = top,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PYTHONPATH"] = top, ["PYTHONDONTWRITEBYTECODE"] = "1" },
        };
        foreach (var argument in new[] { "-m", "unittest", "discover", "-s", Path.GetFullPath(pythonTests), "-t", top, "-v" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new ReproException($"could not start {start.FileName} for the Python tests");
        // unittest reports on stderr; both streams are read at once so that neither can fill up and stall the other.
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        var output = await stderr.ConfigureAwait(false) + await stdout.ConfigureAwait(false);
        var lines = output.TrimEnd('\n', '\r').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        foreach (var line in lines) console.WriteLine(line);
        return UnittestCounts.Parse(lines, process.ExitCode);
    }
}
