namespace ParallelRepro.Effort;

internal enum EffortTagKind
{
    /// <summary><c># effort: convert</c>: the line converts proc()'s input or output data structures (the paper's C).</summary>
    Convert,
    /// <summary><c># effort: build group.variant[, ...]</c>: a build-configuration line that variant needs (the paper's E).</summary>
    Build,
}

/// <summary>
/// A tag found in a comment, with the physical lines it marks (code lines as cloc counts them; the
/// rules are in <see cref="EffortTagReader"/>).
/// </summary>
internal sealed record EffortTag(EffortTagKind Kind, IReadOnlyList<string> Targets, int CommentLine, IReadOnlySet<int> CodeLines)
{
    /// <summary>Whether a build tag names this variant; a target may use '*' as a wildcard (cpu_bound.omp-*, *.omp-nogil-static).</summary>
    public bool Names(string group, string variant) => Targets.Any(t => Matches(t, $"{group}.{variant}"));

    private static bool Matches(string pattern, string value)
    {
        var parts = pattern.Split('*');
        if (parts.Length == 1) return string.Equals(pattern, value, StringComparison.Ordinal);
        if (!value.StartsWith(parts[0], StringComparison.Ordinal) || !value.EndsWith(parts[^1], StringComparison.Ordinal)) return false;
        var at = parts[0].Length;
        foreach (var middle in parts[1..^1])
        {
            var found = value.IndexOf(middle, at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + middle.Length;
        }
        return at <= value.Length - parts[^1].Length;
    }
}
