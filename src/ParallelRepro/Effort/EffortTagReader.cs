using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Effort;

/// <summary>Finds <c>effort:</c> tags in comments. A misspelt tag is an error, not a silent zero.</summary>
internal static class EffortTagReader
{
    private const string Marker = "effort:";

    public static IReadOnlyList<EffortTag> Read(ParsedModule module, IReadOnlySet<int> codeLines)
    {
        var tags = new List<EffortTag>();
        foreach (var comment in module.Comments)
        {
            var at = comment.Text.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0) continue;
            var words = comment.Text[(at + Marker.Length)..].Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            var kind = words.FirstOrDefault() switch
            {
                "convert" => EffortTagKind.Convert,
                "build" when words.Length > 1 => EffortTagKind.Build,
                var other => throw new SourceSyntaxException(comment.Line,
                    $"unknown effort tag '{other}' (expected '# effort: convert' or '# effort: build <group>.<variant>')"),
            };
            var line = MarkedLine(module.Lines, comment.Line)
                ?? throw new SourceSyntaxException(comment.Line, "effort tag marks no code (no statement on or after its line)");
            var marked = Enumerable.Range(line.FirstLine, line.LastLine - line.FirstLine + 1).Where(codeLines.Contains).ToHashSet();
            tags.Add(new EffortTag(kind, words[1..], comment.Line, marked));
        }
        return tags;
    }

    private static LogicalLine? MarkedLine(IReadOnlyList<LogicalLine> lines, int commentLine)
    {
        foreach (var line in lines)
        {
            if (line.LastLine >= commentLine) return line;
        }
        return null;
    }
}
