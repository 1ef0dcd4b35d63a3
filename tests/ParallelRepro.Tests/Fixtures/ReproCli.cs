using ParallelRepro.Cli;
using Spectre.Console.Testing;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>What one invocation of the <c>repro</c> CLI printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real CLI in-process, with a test console and captured stderr.</summary>
internal static class ReproCli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var stderr = new StringWriter();
        var exit = await ReproApp.RunAsync(args, console, stderr, TimeProvider.System);
        return new CliResult(exit, console.Output, stderr.ToString());
    }
}
