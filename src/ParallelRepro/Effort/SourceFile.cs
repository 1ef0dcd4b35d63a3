using ParallelRepro.Effort.Metrics;
using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Effort;

/// <summary>Everything the effort table needs from one source file.</summary>
internal sealed record SourceFile(
    string Path, SourceLanguage Language, LineCounts Lines, IReadOnlyList<Complexity> Complexities,
    IReadOnlyList<ImportedModule> Imports, IReadOnlyList<EffortTag> Tags)
{
    /// <summary>The paper's McCabe measure for a file: decision points summed over its functions (see docs/effort.md).</summary>
    public int FunctionDecisions => Complexities.Where(c => c.IsFunction).Sum(c => c.Decisions);

    /// <summary>The metrics of a file whose syntax was read already (by CPython, or by the Cython parser); cloc counts the text.</summary>
    public static SourceFile Measure(string path, string text, ParsedModule module)
    {
        var language = SourceLanguages.FromPath(path) ?? SourceLanguage.Python;
        var lines = ClocCounter.Count(text, language);
        return new SourceFile(path, language, lines, McCabeVisitor.Measure(module.Body), module.Imports, EffortTagReader.Read(module, lines.CodeLines));
    }

    /// <summary>A Cython file (.pyx, .pxd, .pxi): decoded as Cython does, read by the hand-written parser.</summary>
    public static SourceFile AnalyzeCython(string path, byte[] bytes)
    {
        var text = SourceDecoder.Decode(bytes);
        return Measure(path, text, PythonParser.Parse(text, SourceLanguage.Cython));
    }
}
