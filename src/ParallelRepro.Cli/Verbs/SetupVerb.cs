using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Toolchain.Setup;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro setup</c>: installs the Debian packages and npm tools the README's commands need (see
/// <see cref="SetupCatalog"/>); seconds when all is there. Exit 2, with the exact command to run, when it
/// cannot install (not root, not Debian) or an install fails.
/// </summary>
internal static class SetupVerb
{
    public static Command Create(CliServices services)
    {
        // The shared settings options are accepted (Cake passes them to every verb); only the layout is used.
        var settings = new SettingsOptions();
        var command = new Command("setup", "Install what the reproduction and the tests need on this machine (Debian packages, actionlint)");
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await new MachineSetup(settings.Resolve(parse).Layout, services.Console).RunAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
