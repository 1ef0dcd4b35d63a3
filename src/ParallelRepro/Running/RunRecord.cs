using ParallelRepro.Common;
using ParallelRepro.Planning;
using ParallelRepro.Toolchain;

namespace ParallelRepro.Running;

/// <summary>How a run ended.</summary>
public enum RunStatus
{
    Ok,
    Failed,
    Timeout,
    WrongOutput,
    Unavailable,
}

/// <summary>
/// The interpreter as the run itself saw it. <see cref="GilEnabled"/> is read after the workload's imports and
/// run, <see cref="GilEnabledAtStart"/> before them; <see cref="Build"/> says how the interpreter was built.
/// </summary>
public sealed record RuntimeFacts(string? Implementation, string? Version, string? Executable, bool? GilEnabled, bool? FreeThreadedBuild, string? StartMethod,
    InterpreterBuild? Build = null, bool? GilEnabledAtStart = null)
{
    /// <summary>A free-threaded run whose GIL was off at start and on after the imports: an extension turned it back on.</summary>
    public bool GilTurnedOnByImports => FreeThreadedBuild == true && GilEnabledAtStart == false && GilEnabled == true;
}

/// <summary>
/// One line of <c>records.jsonl</c>: one process run with its measurements and full provenance.
/// Times are seconds; CPU times of worker processes are the children's rusage after they were reaped.
/// </summary>
public sealed record RunRecord
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;
    public required string Key { get; init; }
    public required string Commit { get; init; }
    public required string Runner { get; init; }
    public required string Profile { get; init; }
    public required int Seed { get; init; }
    public required string DataHash { get; init; }
    public required string SourceHash { get; init; }
    public required string Runtime { get; init; }
    /// <summary>
    /// Which programs ran: null for the Python package, "dotnet" for their C# counterparts (ParallelRepro.DotNet),
    /// whose source hash is the C# sources'. Records of the two are current or stale independently.
    /// </summary>
    public string? Programs { get; init; }
    public required string Group { get; init; }
    public required string Variant { get; init; }
    public required int Workers { get; init; }
    public required int Cores { get; init; }
    public required int Repetition { get; init; }
    /// <summary>The matrix round the run belongs to (paired ratios match runs by it); null in older records: the repetition.</summary>
    public int? Round { get; init; }
    /// <summary>Why the run was made: null for the planned matrix, or "extra: claim ids" for a round added to decide them.</summary>
    public string? Purpose { get; init; }
    public required RunStatus Status { get; init; }
    public string? Reason { get; init; }
    public string? StderrTail { get; init; }
    public DateTimeOffset StartedUtc { get; init; }
    public int? CoresAllowed { get; init; }
    /// <summary>
    /// The CPU the run was started on (<see cref="StartCpus"/>); null when it was not placed (one usable CPU, a
    /// platform without affinity, the C# programs, records made before placement). A run whose work is one thread
    /// stays there (<see cref="CoresAllowed"/> 1: the harness's stays_on_start_cpu); others may use every CPU after.
    /// </summary>
    public int? StartCpu { get; init; }

    /// <summary>
    /// Whether the run could use <paramref name="cpu"/>: every CPU, unless it was kept on its start CPU
    /// (<see cref="CoresAllowed"/> 1 with a <see cref="StartCpu"/>).
    /// </summary>
    public bool CouldUse(int cpu) => CoresAllowed != 1 || StartCpu is not { } start || start == cpu;

    /// <summary>Per iteration: the timed span of the run divided by <see cref="Loops"/>.</summary>
    public double? ProcTimeS { get; init; }
    /// <summary>
    /// Calls of proc() timed in this one process (<see cref="LoopCalibration"/>); null in records made before loops
    /// existed, which timed one call. Real time and the CPU times stay those of the whole process.
    /// </summary>
    public int? Loops { get; init; }
    /// <summary>
    /// Every call of proc() the process made, timed or not: what per-call counts (wiki requests) divide by. A
    /// calibrating run may make one untimed call beyond <see cref="Loops"/> + 1 (ppp/loops.py). Null before it was recorded.
    /// </summary>
    public int? Calls { get; init; }
    /// <summary>Seconds from the process's creation to its first call of proc(): start-up, measured on its own.</summary>
    public double? StartupS { get; init; }
    public double RealTimeS { get; init; }
    public double? UserS { get; init; }
    public double? SysS { get; init; }
    public double? ChildrenUserS { get; init; }
    public double? ChildrenSysS { get; init; }
    public long? MaxRssKb { get; init; }
    public string? Digest { get; init; }
    public string? ExpectedDigest { get; init; }
    public RuntimeFacts? Python { get; init; }
    public IReadOnlyDictionary<string, string?>? Libraries { get; init; }
    public required MachineInfo Machine { get; init; }
    public string? Compiler { get; init; }
    /// <summary>HTTP requests the wiki replica answered during this run (I/O-bound runs only).</summary>
    public long? WikiRequests { get; init; }
    /// <summary>
    /// Requests the program asked again after a refusal (429, 5xx, a reset connection, MediaWiki's maxlag error);
    /// null for programs that make no requests. A run with retries is not a clean measurement.
    /// </summary>
    public int? Retries { get; init; }
    /// <summary>Seconds the program spent waiting before those retries: part of <see cref="ProcTimeS"/>, reported apart.</summary>
    public double? RetryWaitS { get; init; }
    /// <summary>Which MediaWiki API an I/O-bound run queried: the replica with its latency model, or a real wiki's host.</summary>
    public string? Wiki { get; init; }
    /// <summary>Seconds <see cref="SpeedProbe"/> took right before this run: the machine's speed at the time.</summary>
    public double? ProbeS { get; init; }
    /// <summary>Each CPU's speed right before and after the run, probed on it by the harness; null for the C# programs and older records.</summary>
    public CpuProbes? CpuProbesS { get; init; }

    public Cell Cell => new(Runtime, Cores, Group, Variant, Workers);

    public int RoundOrRepetition => Round ?? Repetition;

    /// <summary>CPU seconds of the whole process tree: main process and every worker process.</summary>
    public double? TotalCpuS => UserS + SysS + (ChildrenUserS ?? 0) + (ChildrenSysS ?? 0);
}
