using System.Diagnostics;
using System.Text;

namespace ParallelRepro.Common;

/// <summary>What to start: a program, its arguments, and the environment it needs.</summary>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
    public TimeSpan? Timeout { get; init; }

    /// <summary>The command as a user would type it, for error messages.</summary>
    public string CommandLine => string.Join(' ', new[] { FileName }.Concat(Arguments).Select(Quote));

    private static string Quote(string arg) => arg.Any(char.IsWhiteSpace) || arg.Length == 0 ? $"\"{arg}\"" : arg;
}

/// <summary>How a process ended.</summary>
internal sealed record ProcessResult(int ExitCode, bool TimedOut, string StandardOutput, string StandardErrorTail, TimeSpan Elapsed)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}

/// <summary>
/// Starts a child process, captures its output, and on timeout kills it with every descendant
/// (worker processes and Manager servers included), so that a hung workload leaves nothing behind.
/// </summary>
internal static class ProcessRunner
{
    private const int StderrTailChars = 4000;

    public static async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        using var process = new Process { StartInfo = StartInfo(spec) };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) AppendTail(stderr, e.Data); };

        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ReproException($"cannot start '{spec.FileName}': {e.Message}");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (spec.Timeout is { } limit) timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
            KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        clock.Stop();
        // WaitForExit without a timeout also waits for the redirected streams to drain.
        process.WaitForExit();
        lock (stdout) lock (stderr)
            return new ProcessResult(timedOut ? -1 : process.ExitCode, timedOut, stdout.ToString(), stderr.ToString(), clock.Elapsed);
    }

    private static ProcessStartInfo StartInfo(ProcessSpec spec)
    {
        var info = new ProcessStartInfo(spec.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in spec.Arguments) info.ArgumentList.Add(arg);
        foreach (var (key, value) in spec.Environment)
        {
            if (value is null) info.Environment.Remove(key);
            else info.Environment[key] = value;
        }
        return info;
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the timeout and the kill.
        }
    }

    private static void AppendTail(StringBuilder buffer, string line)
    {
        buffer.AppendLine(line);
        if (buffer.Length > StderrTailChars * 2)
            buffer.Remove(0, buffer.Length - StderrTailChars);
    }
}
