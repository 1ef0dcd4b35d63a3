using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Effort;

/// <summary>
/// Finds <c>effort:</c> tags in comments. A tag after code marks that physical line; a tag on a line
/// of its own marks the next statement (all its code lines), or, inside brackets, the next code
/// line. Only lines cloc counts as code are marked. A misspelt tag is an error, not a silent zero.
/// </summary>
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
            var marked = Marked(module.Lines, comment, codeLines);
            if (marked.Count == 0)
                throw new SourceSyntaxException(comment.Line, "effort tag marks no code line");
            tags.Add(new EffortTag(kind, words[1..], comment.Line, marked));
        }
        return tags;
    }

    private static HashSet<int> Marked(IReadOnlyList<LogicalLine> lines, Comment comment, IReadOnlySet<int> codeLines)
    {
        if (!comment.Standalone) return codeLines.Contains(comment.Line) ? [comment.Line] : [];
        var enclosing = lines.FirstOrDefault(l => l.FirstLine < comment.Line && l.LastLine > comment.Line);
        if (enclosing != default)
            return codeLines.Where(l => l > comment.Line && l <= enclosing.LastLine).Order().Take(1).ToHashSet();
        var next = lines.FirstOrDefault(l => l.FirstLine > comment.Line);
        return next == default ? [] : Enumerable.Range(next.FirstLine, next.LastLine - next.FirstLine + 1).Where(codeLines.Contains).ToHashSet();
    }
}
