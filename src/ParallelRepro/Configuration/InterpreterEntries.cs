using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>
/// The Interpreters setting: comma-separated entries, each <c>label=path[?gil=on|off]</c>, a path (its file
/// name becomes the label), a <c>dotnet:</c> entry, or a bare name. A bare name (no '=', no folder) is first
/// a label of the checkout's <see cref="RuntimeRegistry"/> (<c>ft</c>), else a command or file as before
/// (<c>python3</c>); a name that is neither is an error now rather than a "not found" later in the doctor.
/// </summary>
public static class InterpreterEntries
{
    public static IReadOnlyList<Interpreter> Parse(string text, RepoLayout layout)
        => Parse(text, layout, CommandExists);

    /// <param name="isCommand">Whether a bare name is a file or a command on PATH (tests fix the answer).</param>
    internal static IReadOnlyList<Interpreter> Parse(string text, RepoLayout layout, Func<string, bool> isCommand)
    {
        // Read only when a bare name needs it: a checkout without registered runtimes never touches the file.
        RuntimeRegistry? registry = null;
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(entry =>
        {
            var name = entry.Trim();
            if (!IsBareName(name)) return Interpreter.Parse(entry);
            registry ??= RuntimeRegistry.Load(layout);
            if (registry.Find(name) is { } registered) return Checked(registered.Runtime, registered.Line, registry);
            if (isCommand(name)) return Interpreter.Parse(entry);
            throw new ReproException(registry.Exists
                ? $"unknown interpreter '{name}': not a label in {registry.File} (registered: {string.Join(", ", registry.Runtimes.Select(r => r.Label))}) nor a file or command on PATH; {RuntimeRegistry.RegisterCommand} registers ft and ft-gil"
                : $"unknown interpreter '{name}': {registry.File} does not exist and '{name}' is not a file or command on PATH; {RuntimeRegistry.RegisterCommand} builds and registers ft and ft-gil");
        }).ToArray();
    }

    private static bool IsBareName(string entry)
        => entry.Length > 0 && entry.IndexOfAny(['=', '/', '\\', '?']) < 0 && !entry.StartsWith(Interpreter.DotNetScheme, StringComparison.Ordinal);

    /// <summary>A registered build that is gone (a cleared cache) is named here, with the command that brings it back.</summary>
    private static Interpreter Checked(Interpreter runtime, int line, RuntimeRegistry registry)
    {
        if (RuntimeRegistry.HasFolder(runtime.Path) && !runtime.IsDotNet && !File.Exists(runtime.Path))
            throw new ReproException($"runtime '{runtime.Label}' ({registry.File}:{line}) is {runtime.Path}, which does not exist; run {RuntimeRegistry.RegisterCommand} again");
        return runtime;
    }

    /// <summary>A file (relative to the current directory) or an executable found on PATH, as a process start would find it.</summary>
    internal static bool CommandExists(string name)
    {
        if (File.Exists(name)) return true;
        var extensions = OperatingSystem.IsWindows()
            ? ["", .. (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE").Split(';', StringSplitOptions.RemoveEmptyEntries)]
            : new[] { "" };
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => extensions.Any(ext => File.Exists(Path.Combine(dir, name + ext))));
    }
}
