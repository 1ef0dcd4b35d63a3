namespace ParallelRepro.Effort.Metrics;

/// <summary>
/// One graph as mccabe reports it: a function or method (<c>12:4: 'Outer.method'</c>) or a
/// module-level block (<c>If 30</c>, <c>Loop 31</c>, <c>TryExcept 40</c>), with its complexity.
/// </summary>
internal sealed record Complexity(string Name, string Entity, int Line, int Column, int Value, bool IsFunction)
{
    /// <summary>The line <c>python -m mccabe --min 1</c> prints for this graph.</summary>
    public string ToMcCabeLine() => $"{Name} {Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Decision points: a straight-line function has complexity 1 and adds none.</summary>
    public int Decisions => Value - 1;
}
