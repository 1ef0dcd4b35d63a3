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

    public static SourceFile Analyze(string path, string text)
    {
        var language = SourceLanguages.FromPath(path) ?? SourceLanguage.Python;
        var lines = ClocCounter.Count(text, language);
        var module = PythonParser.Parse(text, language);
        return new SourceFile(path, language, lines, McCabeVisitor.Measure(module.Body), module.Imports,
            EffortTagReader.Read(module, text.ReplaceLineEndings("\n").Split('\n'), lines.CodeLines));
    }
}
