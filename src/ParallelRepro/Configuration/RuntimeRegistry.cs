using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>
/// Runtimes built for a checkout, by label (<c>.tools/runtimes.ini</c>): Interpreters can then name
/// <c>ft</c> instead of a machine-specific path. One <c>label=path[?gil=on|off]</c> per line, <c>;</c> or
/// <c>#</c> comments; a path with a folder in it is relative to the checkout root, so the file stays right
/// wherever the checkout is. <see cref="RegisterCommand"/> writes it (build/python.cake).
/// </summary>
public sealed class RuntimeRegistry
{
    /// <summary>The command that builds and registers the runtimes, named by every error about them.</summary>
    public const string RegisterCommand = "dotnet cake --target=Python-FreeThreaded";

    private readonly Dictionary<string, (Interpreter Runtime, int Line)> byLabel;

    private RuntimeRegistry(string file, bool exists, Dictionary<string, (Interpreter, int)> byLabel)
    {
        File = file;
        Exists = exists;
        this.byLabel = byLabel;
    }

    public string File { get; }

    /// <summary>False before <see cref="RegisterCommand"/> ran in this checkout: nothing is registered.</summary>
    public bool Exists { get; }

    /// <summary>The registered runtimes in file order, paths already resolved against the checkout root.</summary>
    public IEnumerable<Interpreter> Runtimes => byLabel.Values.OrderBy(e => e.Line).Select(e => e.Runtime);

    public static RuntimeRegistry Load(RepoLayout layout)
    {
        var file = layout.RuntimeRegistryFile;
        var entries = new Dictionary<string, (Interpreter, int)>(StringComparer.Ordinal);
        if (!System.IO.File.Exists(file)) return new RuntimeRegistry(file, exists: false, entries);
        var lineNumber = 0;
        foreach (var raw in System.IO.File.ReadLines(file))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is ';' or '#') continue;
            var runtime = ParseLine(line, $"{file}:{lineNumber}");
            if (entries.TryGetValue(runtime.Label, out var first))
                throw new ReproException($"{file}:{lineNumber}: runtime '{runtime.Label}' is already registered on line {first.Item2}");
            entries[runtime.Label] = (Resolve(runtime, layout.Root), lineNumber);
        }
        return new RuntimeRegistry(file, exists: true, entries);
    }

    /// <summary>The runtime registered under <paramref name="label"/> and its line in <see cref="File"/>, or null.</summary>
    public (Interpreter Runtime, int Line)? Find(string label)
        => byLabel.TryGetValue(label, out var entry) ? entry : null;

    private static Interpreter ParseLine(string line, string where)
    {
        // A bare path would take its file name as label, which is not what a registry line means.
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        var query = line.IndexOf('?', StringComparison.Ordinal);
        if (equals <= 0 || (query >= 0 && query < equals))
            throw new ReproException($"{where}: expected label=path[?gil=on|off], found: {line}");
        try
        {
            return Interpreter.Parse(line);
        }
        catch (ReproException e)
        {
            throw new ReproException($"{where}: {e.Message}");
        }
    }

    /// <summary>
    /// A path with a folder in it is relative to the checkout root; a bare name stays a command found on PATH,
    /// as in Interpreters, and so does a <c>dotnet:</c> entry.
    /// </summary>
    private static Interpreter Resolve(Interpreter runtime, string root)
    {
        if (runtime.IsDotNet || !HasFolder(runtime.Path) || Path.IsPathRooted(runtime.Path)) return runtime;
        return runtime with { Path = Path.GetFullPath(Path.Combine(root, runtime.Path)) };
    }

    /// <summary>A path rather than a command name: it has a folder in it.</summary>
    internal static bool HasFolder(string path) => path.Contains('/', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal);
}
