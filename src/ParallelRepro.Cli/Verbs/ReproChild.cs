using ParallelRepro.BuildTasks;
using ParallelRepro.Common;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// How a build-task verb calls other verbs: this same CLI in a child process, as the Cake script did, with its
/// output going straight to ours (a run's progress, a stage's error line).
/// </summary>
internal static class ReproChild
{
    public static ReproCommand Command(SettingsOptions settings, System.CommandLine.ParseResult parse)
        => new(StartAsync, settings.Given(parse));

    private static Task<int> StartAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var program = Environment.ProcessPath ?? "dotnet";
        // Started as `dotnet repro.dll`, the child needs the dll; as an apphost, it is the program itself.
        IEnumerable<string> all = Path.GetFileNameWithoutExtension(program) == "dotnet" ? [typeof(ReproChild).Assembly.Location, .. arguments] : arguments;
        return ConsoleProcess.RunAsync(program, all, workingDirectory: null, environment: null, ct);
    }
}
