using System.CommandLine;
using ParallelRepro.Data;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro data</c>: generates the seeded inputs of the chosen profile.</summary>
internal static class DataVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var command = new Command("data", "Generate the seeded input files of a profile");
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await new DataGenerator(settings.Resolve(parse), services.Console).RunAsync(ct);
            return 0;
        });
        return command;
    }
}
