using System.Text;
using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Effort.Metrics;

/// <summary>
/// cloc 1.96's line counting for Python and Cython, step by step as its filters run (see
/// docs/effort.md), so the numbers equal what cloc reports, quirks included:
/// <list type="bullet">
/// <item>blank lines are removed first; a blank line right after a line ending in '\' is not blank;</item>
/// <item>Python only: any line containing "/*" or "*/" is a comment line (cloc strips C comments);</item>
/// <item>lines starting with '#' are comments;</item>
/// <item>every ''' or """ toggles a "docstring", assigned strings included, and the text between is a comment;</item>
/// <item>a line that still has code around a docstring is code; a shebang first line is code.</item>
/// </list>
/// </summary>
internal static class ClocCounter
{
    public static LineCounts Count(string text, SourceLanguage language)
    {
        var lines = SplitLines(text);
        var total = lines.Count;
        lines = RemoveBlanks(lines);
        var blank = total - lines.Count;
        Line? firstNonBlank = lines.Count > 0 ? lines[0] : null;

        if (language == SourceLanguage.Python)
        {
            lines = RemoveBlanks(lines.Where(l => !l.Text.Contains("/*", StringComparison.Ordinal)).ToList());
            lines = RemoveBlanks(lines.Where(l => !l.Text.Contains("*/", StringComparison.Ordinal)).ToList());
        }
        lines = RemoveBlanks(lines.Where(l => !IsHashComment(l.Text)).ToList());
        lines = RemoveBlanks(DocstringsToCComments(lines));
        lines = RemoveBlanks(RemoveCComments(lines));

        // cloc puts a removed "#!" first line back as code for script languages (Python, not Cython).
        if (language == SourceLanguage.Python && firstNonBlank is { } shebang && shebang.Text.StartsWith("#!", StringComparison.Ordinal)
            && (lines.Count == 0 || lines[0].Text != shebang.Text))
            lines.Insert(0, shebang);

        return new LineCounts(blank, total - blank - lines.Count, lines.Count, lines.Select(l => l.Origin).ToHashSet());
    }

    private readonly record struct Line(string Text, int Origin);

    /// <summary>Lines as cloc reads them: split at '\n', a last line without one still counts.</summary>
    private static List<Line> SplitLines(string text)
    {
        var parts = text.Split('\n');
        var count = text.EndsWith('\n') ? parts.Length - 1 : parts.Length;
        if (text.Length == 0) count = 0;
        return Enumerable.Range(0, count).Select(i => new Line(parts[i], i + 1)).ToList();
    }

    /// <summary>cloc's remove_matches_2re('^\s*$', '\\$'): a blank line survives only after a line ending in a backslash.</summary>
    private static List<Line> RemoveBlanks(List<Line> lines)
        => lines.Where((line, i) => !IsBlank(line.Text) || (i > 0 && lines[i - 1].Text.EndsWith('\\'))).ToList();

    private static bool IsHashComment(string text) => text.AsSpan().TrimStart(PerlSpace).StartsWith("#");

    private static bool IsBlank(string text) => text.AsSpan().TrimStart(PerlSpace).IsEmpty;

    // Perl's \s on bytes: ASCII whitespace only.
    private const string PerlSpace = " \t\n\r\f\v";

    /// <summary>docstring_to_C: each ''' or """ in turn opens "/*" (eating a u/U prefix) or closes "*/", across lines.</summary>
    private static List<Line> DocstringsToCComments(List<Line> lines)
    {
        var inDocstring = false;
        var result = new List<Line>(lines.Count);
        foreach (var line in lines)
        {
            var text = line.Text;
            for (var k = FirstTripleQuote(text); k >= 0; k = FirstTripleQuote(text))
            {
                var start = !inDocstring && k > 0 && text[k - 1] is 'u' or 'U' ? k - 1 : k;
                text = string.Concat(text.AsSpan(0, start), inDocstring ? "*/" : "/*", text.AsSpan(k + 3));
                inDocstring = !inDocstring;
            }
            result.Add(line with { Text = text });
        }
        return result;
    }

    private static int FirstTripleQuote(string text)
    {
        var dq = text.IndexOf("\"\"\"", StringComparison.Ordinal);
        var sq = text.IndexOf("'''", StringComparison.Ordinal);
        return dq < 0 ? sq : sq < 0 ? dq : Math.Min(dq, sq);
    }

    /// <summary>
    /// Regexp::Common's C comment, removed globally from the whole file joined: from "/*" to the first
    /// "*/" after it; an unclosed "/*" stays. Removing a comment that spans lines joins what is left
    /// of its first and last line into one line, as cloc's join-and-split does.
    /// </summary>
    private static List<Line> RemoveCComments(List<Line> lines)
    {
        var text = new StringBuilder();
        var origin = new List<int>();
        foreach (var line in lines)
        {
            text.Append(line.Text).Append('\n');
            origin.AddRange(Enumerable.Repeat(line.Origin, line.Text.Length + 1));
        }
        var joined = text.ToString();
        var kept = new StringBuilder(joined.Length);
        var keptOrigin = new List<int>(joined.Length);
        var p = 0;
        while (p < joined.Length)
        {
            var open = joined.IndexOf("/*", p, StringComparison.Ordinal);
            var close = open < 0 ? -1 : joined.IndexOf("*/", open + 2, StringComparison.Ordinal);
            var end = close < 0 ? joined.Length : open;
            kept.Append(joined, p, end - p);
            keptOrigin.AddRange(origin.GetRange(p, end - p));
            p = close < 0 ? joined.Length : close + 2;
        }
        return SplitKept(kept.ToString(), keptOrigin);
    }

    /// <summary>Perl's split("\n"): trailing empty fields are dropped; each line takes the origin of its first non-space character.</summary>
    private static List<Line> SplitKept(string text, List<int> origin)
    {
        var result = new List<Line>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var segment = text[start..i];
            var offset = segment.Length - segment.AsSpan().TrimStart(PerlSpace).Length;
            var at = start + (offset < segment.Length ? offset : 0);
            result.Add(new Line(segment, at < origin.Count ? origin[at] : origin.Count > 0 ? origin[^1] : 0));
            start = i + 1;
        }
        while (result.Count > 0 && result[^1].Text.Length == 0) result.RemoveAt(result.Count - 1);
        return result;
    }
}
