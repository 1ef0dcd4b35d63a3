using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>
/// Runtimes built for a checkout, by label (<c>.tools/runtimes.ini</c>): Interpreters can then name
/// <c>ft</c> instead of a machine-specific path. One <c>label=path[?gil=on|off]</c> per line, <c>;</c> or
/// <c>#</c> comments; a path with a folder in it is relative to the checkout root, so the file stays right
/// wherever the checkout is. This type owns the format: it reads the file and <see cref="Register"/> writes it
/// (for <see cref="RegisterCommand"/>).
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
            if (Content(raw) is not { } line) continue;
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

    /// <summary>
    /// Registers <paramref name="entries"/> (label=path[?gil=on|off], paths relative to the checkout root), replacing
    /// earlier lines of the same labels and keeping those of other labels, registered by hand. The file is written
    /// whole and then moved, so a reader never sees half of it.
    /// </summary>
    public static void Register(RepoLayout layout, IReadOnlyList<Interpreter> entries)
    {
        var file = layout.RuntimeRegistryFile;
        var ours = entries.Select(e => e.Label).ToHashSet(StringComparer.Ordinal);
        // Other lines are kept as written (not re-serialised): a hand-made entry stays exactly as its author left it.
        var others = System.IO.File.Exists(file)
            ? System.IO.File.ReadLines(file).Where(line => Content(line) is { } entry && !ours.Contains(entry.Split('=')[0].Trim()))
            : [];
        string[] header =
        [
            "; Runtimes registered for this checkout: labels that Interpreters (cake.config) and --interpreters can name,",
            $"; e.g. --interpreters=python3=/usr/bin/python3,ft,ft-gil. Written by `{RegisterCommand}`;",
            "; one label=path[?gil=on|off] per line, paths relative to the checkout root.",
        ];
        var lines = header.Concat(others).Concat(entries.Select(e => $"{e.Label}={e.Entry}"));
        AtomicFile.WriteAllText(file, string.Join('\n', lines) + "\n");
    }

    /// <summary>The entry on a line, or null for a blank or comment line.</summary>
    private static string? Content(string raw)
    {
        var line = raw.Trim();
        return line.Length == 0 || line[0] is ';' or '#' ? null : line;
    }

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
