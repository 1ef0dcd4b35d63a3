namespace ParallelRepro.Effort.Metrics;

/// <summary>cloc's three numbers for one file, plus which physical lines (1-based) it counted as code.</summary>
internal sealed record LineCounts(int Blank, int Comment, int Code, IReadOnlySet<int> CodeLines);
