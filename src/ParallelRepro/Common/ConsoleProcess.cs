using System.Diagnostics;

namespace ParallelRepro.Common;

/// <summary>
/// Starts a program whose output goes straight to this process's console, as a shell would: for long build-task
/// steps (a CPython build, a benchmark, another repro verb) whose every line, stderr included, the user should see
/// as it comes; <see cref="ProcessRunner"/> is for output the caller reads.
/// </summary>
internal static class ConsoleProcess
{
    public static async Task<int> RunAsync(string fileName, IEnumerable<string> arguments, string? workingDirectory, IReadOnlyDictionary<string, string>? environment, CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName) { UseShellExecute = false, WorkingDirectory = workingDirectory ?? "" };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = StartOrExplain(start);
        try
        {
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Not left running: a cancelled task must not keep building or measuring in the background.
            process.Kill(entireProcessTree: true);
            throw;
        }
        return process.ExitCode;
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new ReproException($"could not start {start.FileName}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ReproException($"could not start {start.FileName}: {e.Message}");
        }
    }
}
