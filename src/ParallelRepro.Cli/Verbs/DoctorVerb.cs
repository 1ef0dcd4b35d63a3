using System.CommandLine;
using ParallelRepro.Toolchain;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro doctor [--install]</c>: checks interpreters, Cython, numpy, psutil, compiler and OpenMP.</summary>
internal static class DoctorVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var install = new Option<bool>("--install") { Description = "Install what is missing (apt, as root on Debian/Ubuntu); elsewhere print the commands" };
        var command = new Command("doctor", "Check the toolchain and write artifacts/toolchain.json") { install };
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await new Doctor(settings.Resolve(parse), services.Console, services.Clock).RunAsync(parse.GetValue(install), ct);
            return 0;
        });
        return command;
    }
}
