using System.Diagnostics;
using ParallelRepro.BuildTasks;
using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// How a build-task verb calls other verbs: this same CLI in a child process, as the Cake script did, with its
/// output going straight to ours (a run's progress, a stage's error line).
/// </summary>
internal static class ReproChild
{
    public static ReproCommand Command(SettingsOptions settings, System.CommandLine.ParseResult parse)
        => new(StartAsync, settings.Given(parse));

    private static async Task<int> StartAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false };
        // Started as `dotnet repro.dll`, the child needs the dll; as an apphost, it is the program itself.
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(typeof(ReproChild).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new ReproException($"could not start {start.FileName}");
        try
        {
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Not left running: a cancelled simulation must not keep measuring in the background.
            process.Kill(entireProcessTree: true);
            throw;
        }
        return process.ExitCode;
    }
}
