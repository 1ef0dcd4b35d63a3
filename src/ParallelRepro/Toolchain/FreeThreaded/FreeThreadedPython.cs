using ParallelRepro.Common;
using ParallelRepro.Configuration;
using Spectre.Console;

namespace ParallelRepro.Toolchain.FreeThreaded;

/// <summary>
/// A free-threaded CPython 3.13 beside the system Python: built once per machine into a cache
/// (build/scripts/free-threaded-python.sh, which returns at once when the build is there), linked into the
/// checkout at .tools/python3.13t, checked through that link as the pipeline will start it
/// (build/scripts/free-threaded-check.py), and registered as ft (GIL off) and ft-gil (GIL on).
/// </summary>
/// <remarks>
/// The build takes minutes, so it lives in a per-machine cache that every clone links to (CI starts from a
/// clean clone each time). CPython finds its library from where it is started, so through the link sys.prefix
/// is the checkout's .tools/python3.13t.
/// </remarks>
internal sealed class FreeThreadedPython(RepoLayout layout, IAnsiConsole console)
{
    public const string LinkName = "python3.13t";

    /// <summary>The fair GIL comparison: one binary, the GIL forced off or on through PYTHON_GIL.</summary>
    public static IReadOnlyList<Interpreter> Entries { get; } =
    [
        new("ft", $".tools/{LinkName}/bin/python3.13t", Gil: false),
        new("ft-gil", $".tools/{LinkName}/bin/python3.13t", Gil: true),
    ];

    public async Task InstallAsync(bool optimized, CancellationToken ct)
    {
        var prefix = FreeThreadedPrefix.Resolve(Environment.GetEnvironmentVariable, optimized);
        var script = Path.Combine(layout.Root, "build", "scripts", "free-threaded-python.sh");
        // Its own output, stderr included, straight to the console: a first build takes minutes and says how far it is.
        var environment = new Dictionary<string, string> { ["FREE_THREADED_OPTIMIZED"] = optimized ? "1" : "0" };
        var build = await ConsoleProcess.RunAsync("bash", [script, prefix], layout.Root, environment, ct).ConfigureAwait(false);
        if (build != 0)
            throw new ReproException($"free-threaded CPython: building into {prefix} failed with exit code {build} (the lines above say why)", build);

        var link = Path.Combine(layout.ToolsDir, LinkName);
        if (FolderLink.Point(link, prefix)) console.WriteLine($"linked {link} -> {prefix}");

        // Checked through the link, as the pipeline will start it.
        var python = Path.Combine(link, "bin", "python3.13t");
        var check = await ProcessRunner.RunAsync(new ProcessSpec(python, [Path.Combine(layout.Root, "build", "scripts", "free-threaded-check.py")]) { WorkingDirectory = layout.Root }, ct).ConfigureAwait(false);
        if (!check.Succeeded)
            throw new ReproException($"free-threaded CPython: {python} does not work through the link to {prefix}: {LastLine(check.StandardErrorTail + check.StandardOutput)}");
        console.WriteLine($"{python}: {string.Join(' ', check.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");

        RuntimeRegistry.Register(layout, Entries);
        console.WriteLine($"registered {string.Join(", ", Entries.Select(e => e.Label))} in {layout.RuntimeRegistryFile}");
    }

    private static string LastLine(string text)
        => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
