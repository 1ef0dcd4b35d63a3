using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Effort;

/// <summary>
/// Analyzes each file once. Python files are read by CPython in bulk (<see cref="Load"/>: one
/// interpreter run for many files), Cython files by the hand-written parser. A file that does not
/// parse becomes a <see cref="SourceProblem"/> and the others are still analyzed, so one bad file
/// costs only the rows that need it.
/// </summary>
internal sealed class SourceCatalog(string repoRoot, CPythonReader python)
{
    private readonly Dictionary<string, SourceFile?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceProblem> _problems = new(StringComparer.Ordinal);

    public IReadOnlyCollection<SourceProblem> Problems => _problems.Values;

    public IEnumerable<SourceFile> Analyzed => _files.Values.OfType<SourceFile>();

    /// <summary>Analyzes every file not analyzed yet, the Python ones in one CPython run.</summary>
    public void Load(IEnumerable<string> paths)
    {
        var todo = paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(p => !_files.ContainsKey(p)).ToArray();
        var cython = todo.Where(p => SourceLanguages.FromPath(p) == SourceLanguage.Cython).ToArray();
        var readings = python.Read(todo.Except(cython).ToArray());
        DeepStack.Run(() =>
        {
            foreach (var reading in readings) Analyze(reading.Path, () => Measure(reading));
            foreach (var path in cython) Analyze(path, () => SourceFile.AnalyzeCython(path, File.ReadAllBytes(path)));
        });
        foreach (var missing in todo.Where(p => !_files.ContainsKey(p)))
            Record(missing, 0, "not read: the Python reader returned nothing for this file");
    }

    /// <summary>The analysis, or null (and a recorded problem) when the file is malformed or unreadable.</summary>
    public SourceFile? Get(string path)
    {
        path = Path.GetFullPath(path);
        if (!_files.ContainsKey(path)) Load([path]);
        return _files[path];
    }

    public SourceProblem? ProblemOf(string path) => _problems.GetValueOrDefault(Path.GetFullPath(path));

    /// <summary>Paths in reports are relative to the checkout, with '/' on every OS.</summary>
    public string Relative(string path) => Path.GetRelativePath(repoRoot, path).Replace('\\', '/');

    private static SourceFile Measure(PythonReading reading)
        => reading.Module is { } module ? SourceFile.Measure(reading.Path, File.ReadAllText(reading.Path), module)
            : throw new SourceSyntaxException(reading.Line, reading.Error ?? "rejected by CPython");

    private void Analyze(string path, Func<SourceFile> analyze)
    {
        try
        {
            _files[path] = analyze();
        }
        catch (SourceSyntaxException e)
        {
            Record(path, e.Line, e.Reason);
        }
        catch (IOException e)
        {
            Record(path, 0, $"cannot read: {e.Message}");
        }
    }

    private void Record(string path, int line, string reason)
    {
        _files[path] = null;
        _problems[path] = new SourceProblem(Relative(path), line, reason);
    }
}
