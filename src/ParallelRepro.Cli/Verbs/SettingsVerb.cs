using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro settings [--check ARGS...]</c>: without arguments, lists every setting (option, cake.config key, what
/// it means). With <c>--check</c>, checks the arguments the Cake script forwards, names and values alone, so that a
/// typo such as --profle=smoke fails right after the build instead of after minutes of measuring (exit 2).
/// </summary>
internal static class SettingsVerb
{
    public static Command Create(CliServices services)
    {
        var check = new Option<bool>("--check") { Description = "Check the arguments that follow (--name=value or --name value) against the settings; exit 2 on the first wrong one" };
        var command = new Command("settings", "List the settings, or check arguments against them (what Cake forwards to every verb)") { check };
        // The arguments to check are anything at all: they are this verb's input, not its options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, ct) =>
        {
            if (parse.GetValue(check))
            {
                SettingsSchema.Check(parse.UnmatchedTokens);
                services.Console.WriteLine($"settings: {parse.UnmatchedTokens.Count} argument(s) checked");
                return Task.FromResult(ExitCodes.Ok);
            }
            if (parse.UnmatchedTokens.Count > 0)
                throw new ReproException($"unexpected argument {parse.UnmatchedTokens[0]} (to check arguments, put --check before them)");
            foreach (var setting in SettingsSchema.All)
                services.Console.WriteLine($"{setting.Option,-16} {(setting.ConfigKey is { } key ? $"[Repro] {key}" : "(command line)"),-28} {setting.Description}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
