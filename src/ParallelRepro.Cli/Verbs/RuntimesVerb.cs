using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Toolchain.FreeThreaded;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro runtimes free-threaded [--ft-optimized true]</c>: builds (once per machine, cached), links, checks and
/// registers the free-threaded CPython as ft and ft-gil (see <see cref="FreeThreadedPython"/>).
/// </summary>
internal static class RuntimesVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions(SettingsSchema.FreeThreadedOptimized);
        var freeThreaded = new Command("free-threaded", "Build CPython 3.13 with --disable-gil once per machine, link it at .tools/python3.13t, register ft (GIL off) and ft-gil (GIL on) in .tools/runtimes.ini");
        settings.AddTo(freeThreaded);
        freeThreaded.SetAction(async (parse, ct) =>
        {
            await new FreeThreadedPython(settings.Layout(parse), services.Console).InstallAsync(settings.Get(parse, SettingsSchema.FreeThreadedOptimized) ?? false, ct);
            return ExitCodes.Ok;
        });
        return new Command("runtimes", "Runtimes beside the system Python, registered in .tools/runtimes.ini for Interpreters to name") { freeThreaded };
    }
}
