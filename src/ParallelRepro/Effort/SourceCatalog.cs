using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Effort;

/// <summary>
/// Analyzes each file once. A file that does not parse becomes a <see cref="SourceProblem"/> and
/// the others are still analyzed, so one bad file costs only the rows that need it.
/// </summary>
internal sealed class SourceCatalog(string repoRoot)
{
    private readonly Dictionary<string, SourceFile?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceProblem> _problems = new(StringComparer.Ordinal);

    public IReadOnlyCollection<SourceProblem> Problems => _problems.Values;

    public IEnumerable<SourceFile> Analyzed => _files.Values.OfType<SourceFile>();

    /// <summary>The analysis, or null (and a recorded problem) when the file is malformed or unreadable.</summary>
    public SourceFile? Get(string path)
    {
        path = Path.GetFullPath(path);
        if (_files.TryGetValue(path, out var known)) return known;
        SourceFile? file = null;
        try
        {
            file = SourceFile.Analyze(path, File.ReadAllText(path));
        }
        catch (SourceSyntaxException e)
        {
            _problems[path] = new SourceProblem(Relative(path), e.Line, e.Reason);
        }
        catch (IOException e)
        {
            _problems[path] = new SourceProblem(Relative(path), 0, $"cannot read: {e.Message}");
        }
        _files[path] = file;
        return file;
    }

    public SourceProblem? ProblemOf(string path) => _problems.GetValueOrDefault(Path.GetFullPath(path));

    /// <summary>Paths in reports are relative to the checkout, with '/' on every OS.</summary>
    public string Relative(string path) => Path.GetRelativePath(repoRoot, path).Replace('\\', '/');
}
