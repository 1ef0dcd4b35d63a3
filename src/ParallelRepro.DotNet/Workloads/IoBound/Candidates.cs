namespace ParallelRepro.DotNet.Workloads.IoBound;

/// <summary>The candidate titles of <c>ppp/io_bound/common.py</c>: single words and word spans of the paragraph (io_bound 7).</summary>
internal static class Candidates
{
    private static readonly char[] Strip = [';', ',', '.', '\''];
    private static readonly string[] Endings = ["'s", "'d", "'ll", "'m"];

    /// <summary>Drops ending punctuation and a trailing 's 'd 'll 'm.</summary>
    public static string Clean(string word)
    {
        word = word.TrimEnd(Strip);
        foreach (var ending in Endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal)) return word[..^ending.Length].TrimEnd(Strip);
        }
        return word;
    }

    /// <summary>
    /// Single words that are not common, one character or a number; every span of two or more consecutive words plus
    /// its cleaned form. Both sorted by code unit (Python's sorted() on these ASCII titles) so chunks are the same (io_bound 3).
    /// </summary>
    public static (IReadOnlyList<string> Singles, IReadOnlyList<string> Spans) From(string text, IReadOnlySet<string> common)
    {
        var words = Words(text);
        var singles = words.Select(Clean)
            .Where(w => !common.Contains(w.ToLowerInvariant()) && w.Length > 1 && !w.All(char.IsAsciiDigit))
            .ToHashSet(StringComparer.Ordinal);
        var spans = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < words.Length; start++)
        {
            for (var end = start + 2; end <= words.Length; end++)
            {
                var span = string.Join(' ', words[start..end]);
                spans.Add(span);
                spans.Add(Clean(span));
            }
        }
        return (singles.Order(StringComparer.Ordinal).ToArray(), spans.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Python's str.split(): runs of whitespace separate words.</summary>
    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
