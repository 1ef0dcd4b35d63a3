using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Testing;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro test-summary --trx DIR [--dotnet-exit N]</c>: the Test task after <c>dotnet test</c>. Counts its TRX
/// files, runs and counts the Python tests, and prints "N passed, N failed, N skipped" as its last line (CI reads
/// it); exit 1 when any test failed.
/// </summary>
internal static class TestSummaryVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var trx = new Option<string>("--trx") { Description = "Folder of dotnet test's TRX files", Required = true };
        var dotnetExit = new Option<int>("--dotnet-exit") { Description = "Exit code of dotnet test (a failure without a failed result counts as one failed test)" };
        var pythonTests = new Option<string?>("--python-tests") { Description = "Folder of Python unittest tests, importing from its parent (default: src/workloads/tests)" };
        var command = new Command("test-summary", "Count the C# test results (TRX), run and count the Python tests, print 'N passed, N failed, N skipped'") { trx, dotnetExit, pythonTests };
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var python = parse.GetValue(pythonTests) ?? TestSummary.WorkloadTests(settings.Layout(parse));
            var counts = await new TestSummary(python, services.Console).CountAsync(Path.GetFullPath(parse.GetValue(trx)!), parse.GetValue(dotnetExit), ct);
            // Plain text and nothing after it: CI reads this line as the last one.
            services.Console.WriteLine(counts.ToString());
            return counts.Failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }
}
