using System.CommandLine;
using ParallelRepro.Cli.Verbs;
using ParallelRepro.Common;
using Spectre.Console;

namespace ParallelRepro.Cli;

/// <summary>
/// The <c>repro</c> command: one verb per pipeline stage. Every failure the user can fix ends as one
/// line on stderr, <c>error: ...</c>, and exit code 2; a run with failed measurements exits 3 (<see cref="ExitCodes"/>).
/// </summary>
internal static class ReproApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter stderr, TimeProvider clock)
    {
        var services = new CliServices(console, clock);
        var root = new RootCommand("ParallelRepro: reproduces 'Python and Parallel Programming' (An, 2013) and reports which claims hold.")
        {
            SetupVerb.Create(services),
            DoctorVerb.Create(services),
            BuildVerb.Create(services),
            DataVerb.Create(services),
            PlanVerb.Create(services),
            RunVerb.Create(services),
            DotNetBenchVerb.Create(services),
            AggregateVerb.Create(services),
            CompareVerb.Create(services),
            EffortVerb.Create(services),
            ClaimsVerb.Create(services),
            DecideVerb.Create(services),
            ReportVerb.Create(services),
            SiteVerb.Create(services),
            PublishVerb.Create(services),
            ProfileVerb.Create(services),
            WikiServeVerb.Create(services),
            SettingsVerb.Create(services),
            RuntimesVerb.Create(services),
            TestSummaryVerb.Create(services),
            CiVerb.Create(services),
            BenchVerb.Create(services),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // The most specific error first: "Unrecognized command or argument 'x'" says more than "command missing".
            var error = parsed.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parsed.Errors[0];
            await stderr.WriteLineAsync($"error: {error.Message} (see 'repro --help')").ConfigureAwait(false);
            return ExitCodes.UsageOrInput;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (ReproException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("error: cancelled; records written so far are kept").ConfigureAwait(false);
            return 130;
        }
    }
}

/// <summary>What every verb gets injected: the console it writes to and the clock it reads.</summary>
internal sealed record CliServices(IAnsiConsole Console, TimeProvider Clock);
