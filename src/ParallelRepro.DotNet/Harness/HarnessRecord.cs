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
    /// <summary>The CPU the Python harness starts a run on (--start-cpu); always null here: the C# programs are not placed.</summary>
    public int? StartCpu { get; init; }
    /// <summary>
    /// The Python harness's per-CPU speed probes (ppp/cpuprobe.py); always null here: the pipeline flags these runs
    /// with its own probe. The key is written so the two records keep the same fields.
    /// </summary>
    public object? CpuProbesS { get; init; }
    public required string Profile { get; init; }
    public double? ProcTimeS { get; init; }
    /// <summary>
    /// The loop-calibration fields of the Python harness: the C# programs time one call (their runs feed no claim
    /// verdict), so one loop, no warm-up call, one call in all, and the timed span is the proc time.
    /// </summary>
    public int Loops { get; init; } = 1;
    public int WarmupCalls { get; init; }
    public int Calls { get; init; } = 1;
    public double? TimedTotalS { get; init; }
    public bool LoopsCalibrated { get; init; }
    public double? MinTimeS { get; init; }
    /// <summary>Seconds from the process's creation to the timed call: runtime start-up, JIT and data loading.</summary>
    public double? StartupS { get; init; }
    public string? StartupFrom { get; init; }
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
