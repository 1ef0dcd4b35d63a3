using ParallelRepro.Cli;
using Spectre.Console.Testing;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>What one invocation of the <c>repro</c> CLI printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

internal static class CliAssert
{
    /// <summary>The CLI's contract for bad input: exit code 2 and exactly one line, "error: …", naming what is wrong.</summary>
    public static void OneLineError(CliResult result, string expected)
    {
        Assert.Equal(ParallelRepro.Common.ExitCodes.UsageOrInput, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
    }
}

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
