namespace ParallelRepro.Effort;

/// <summary>A source file that could not be analyzed: where, and why (as <c>path:line: reason</c>).</summary>
internal sealed record SourceProblem(string Path, int Line, string Reason)
{
    public override string ToString() => $"{Path}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Reason}";
}
