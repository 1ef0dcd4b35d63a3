using System.Diagnostics;
using System.Text;

namespace ParallelRepro.Common;

/// <summary>What to start: a program, its arguments, and the environment it needs.</summary>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
    public TimeSpan? Timeout { get; init; }

    /// <summary>Kill the process tree when it prints no stdout line for this long (a long job that reports progress).</summary>
    public TimeSpan? IdleTimeout { get; init; }

    /// <summary>Called with each stdout line as it arrives (lines are still collected into the result).</summary>
    public Action<string>? OutputLine { get; init; }

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
        var lastOutput = Stopwatch.GetTimestamp();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            Interlocked.Exchange(ref lastOutput, Stopwatch.GetTimestamp());
            lock (stdout) stdout.AppendLine(e.Data);
            spec.OutputLine?.Invoke(e.Data);
        };
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
        using var exited = new CancellationTokenSource();
        var watchdog = spec.IdleTimeout is { } idle ? WatchIdleAsync(() => Interlocked.Read(ref lastOutput), idle, timeout, exited.Token) : Task.CompletedTask;
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
        finally
        {
            await exited.CancelAsync().ConfigureAwait(false);
            await watchdog.ConfigureAwait(false);
        }
        clock.Stop();
        // WaitForExit without a timeout also waits for the redirected streams to drain.
        process.WaitForExit();
        lock (stdout) lock (stderr)
            return new ProcessResult(timedOut ? -1 : process.ExitCode, timedOut, stdout.ToString(), stderr.ToString(), clock.Elapsed);
    }

    /// <summary>Cancels <paramref name="timeout"/> (a timeout, like <see cref="ProcessSpec.Timeout"/>) once output has stopped for <paramref name="idle"/>.</summary>
    private static async Task WatchIdleAsync(Func<long> lastOutput, TimeSpan idle, CancellationTokenSource timeout, CancellationToken exited)
    {
        var poll = TimeSpan.FromMilliseconds(Math.Clamp(idle.TotalMilliseconds / 10, 50, 1000));
        try
        {
            while (!exited.IsCancellationRequested)
            {
                await Task.Delay(poll, exited).ConfigureAwait(false);
                if (Stopwatch.GetElapsedTime(lastOutput()) < idle) continue;
                await timeout.CancelAsync().ConfigureAwait(false);
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // The process ended first.
        }
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
