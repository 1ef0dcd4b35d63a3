namespace ParallelRepro.Effort.Syntax;

/// <summary>
/// Source that neither Python nor Cython would accept (an unterminated string, a dedent to no outer
/// level). Carries the 1-based line so the caller can print <c>file:line: reason</c>.
/// </summary>
internal sealed class SourceSyntaxException(int line, string reason) : Exception($"line {line}: {reason}")
{
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
