namespace ParallelRepro.DotNet.Harness;

/// <summary>
/// The JSON file <c>run ... --out FILE</c> writes: the fields of <c>python -m ppp run</c>, in its order, so the
/// pipeline reads a .NET run like a Python one (HarnessOutput in the pipeline).
/// </summary>
internal sealed record HarnessRecord
{
    public int Schema { get; init; } = 1;
    public required string Status { get; init; }
    public string? Reason { get; init; }
    public required string Group { get; init; }
    public required string Variant { get; init; }
    public required int Workers { get; init; }
    public required int CoresRequested { get; init; }
    public required int CoresAllowed { get; init; }
    public required string Profile { get; init; }
    public double? ProcTimeS { get; init; }
    public double HarnessRealS { get; init; }
    public double UserS { get; init; }
    public double SysS { get; init; }
    public double ChildrenUserS { get; init; }
    public double ChildrenSysS { get; init; }
    public long MaxRssKb { get; init; }
    public string? Digest { get; init; }
    public int? OutputLines { get; init; }
    public required RuntimeDescription Runtime { get; init; }
    public IReadOnlyDictionary<string, string?> Libraries { get; init; } = new Dictionary<string, string?>();
}
