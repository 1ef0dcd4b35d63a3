namespace ParallelRepro.Running;

/// <summary>The JSON file <c>python -m ppp run ... --out FILE</c> writes for one run.</summary>
internal sealed record HarnessOutput
{
    public int Schema { get; init; }
    public string Status { get; init; } = "";
    public string? Reason { get; init; }
    public int? CoresAllowed { get; init; }
    public int? StartCpu { get; init; }
    public CpuProbes? CpuProbesS { get; init; }
    public double? ProcTimeS { get; init; }
    public int? Loops { get; init; }
    public int? Calls { get; init; }
    public double? StartupS { get; init; }
    public double? HarnessRealS { get; init; }
    public double? UserS { get; init; }
    public double? SysS { get; init; }
    public double? ChildrenUserS { get; init; }
    public double? ChildrenSysS { get; init; }
    public long? MaxRssKb { get; init; }
    public string? Digest { get; init; }
    public RuntimeFacts? Runtime { get; init; }
    public Dictionary<string, string?>? Libraries { get; init; }
    public int? Retries { get; init; }
    public double? RetryWaitS { get; init; }
}
