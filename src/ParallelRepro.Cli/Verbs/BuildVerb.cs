using System.CommandLine;
using ParallelRepro.Building;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro build</c>: compiles the Cython/OpenMP extensions for every interpreter.</summary>
internal static class BuildVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var force = new Option<bool>("--force") { Description = "Rebuild even when sources are unchanged" };
        var command = new Command("build", "Compile the Cython extensions with OpenMP, per interpreter") { force };
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await new ExtensionBuilder(settings.Resolve(parse), services.Console).RunAsync(parse.GetValue(force), ct);
            return 0;
        });
        return command;
    }
}
