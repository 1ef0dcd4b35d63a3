using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Aggregation;

/// <summary>Statistics of one cell on one runner, over its successful repetitions.</summary>
public sealed record CellResult
{
    public required string Runner { get; init; }
    public required string Runtime { get; init; }
    public required int Cores { get; init; }
    public required string Group { get; init; }
    public required string Variant { get; init; }
    public required int Workers { get; init; }

    /// <summary>The planned cell these statistics are of (as <see cref="RunRecord.Cell"/>; not written to results.json).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Planning.Cell Cell => new(Runtime, Cores, Group, Variant, Workers);

    /// <summary>How many runs ended in each status (ok, failed, timeout, wrong-output, unavailable).</summary>
    public required IReadOnlyDictionary<string, int> Statuses { get; init; }
    /// <summary>proc() wall time: the paper's metric. Null when no run succeeded.</summary>
    public Summary? ProcTime { get; init; }
    public Summary? RealTime { get; init; }
    /// <summary>
    /// Every successful run's proc() time, sorted: lets a later commit test whether this cell moved
    /// (Mann-Whitney U) from results.json alone, without the run records.
    /// </summary>
    public IReadOnlyList<double>? ProcTimesS { get; init; }
    /// <summary>Median of (user + sys, worker processes included) / real time.</summary>
    public double? CpuUtilization { get; init; }
    /// <summary>Median user and system CPU seconds, main process and workers separately (the paper's Table 1).</summary>
    public double? UserS { get; init; }
    public double? SysS { get; init; }
    public double? WorkerUserS { get; init; }
    public double? WorkerSysS { get; init; }
    /// <summary>Serial median / this median, with its 95 % interval (Summary.RatioInterval: log scale, both medians' errors).</summary>
    public double? Speedup { get; init; }
    public double? SpeedupLow { get; init; }
    public double? SpeedupHigh { get; init; }
    /// <summary>Speedup / workers.</summary>
    public double? Efficiency { get; init; }
    /// <summary>Successful runs that had to retry requests (not clean measurements), and their seconds of waiting in all.</summary>
    public int? RetriedRuns { get; init; }
    public double? RetryWaitS { get; init; }
    /// <summary>Why runs did not succeed, one line per distinct reason.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
    /// <summary>"dotnet" for the C# programs, null for the Python package (the claims are about Python).</summary>
    public string? Programs { get; init; }
    /// <summary>Every successful run in the order of its round: what the claims' paired ratios are computed from.</summary>
    public IReadOnlyList<RunSample> Samples { get; init; } = [];
}

/// <summary>
/// One successful run of a cell: its round, proc() time, real time and user CPU seconds (main process and workers).
/// <paramref name="Disturbed"/>: a CPU it could use ran the speed probe over 1.25× slower than usual right before or
/// after it (<see cref="Disturbance"/>); the run is kept (and counted where it is used), never dropped silently.
/// </summary>
public sealed record RunSample(int Round, double ProcS, double RealS, double? UserS, bool Disturbed = false, string? Purpose = null)
{
    /// <summary>How many times the run repeated proc() inside its process (loop calibration); <see cref="ProcS"/> is per iteration.</summary>
    public int Loops { get; init; } = 1;

    /// <summary>The CPU the run started on (ppp's --start-cpu; null: not placed): paired ratios compare rounds within a CPU.</summary>
    public int? StartCpu { get; init; }

    /// <summary>The span the run actually timed: what start-up noise and timer resolution are measured against.</summary>
    public double TimedS => ProcS * Loops;

    /// <summary>The decide stage ran it (its record says for which claims); a planned run has no purpose.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Extra => Purpose is not null;
}

/// <summary>
/// A runner that contributed records, with the facts that let readers compare machines. <see cref="SpeedProbe"/>
/// summarizes the speed probe timed before each of its runs (null when its records have none): how much the
/// machine itself changed speed while it measured.
/// </summary>
public sealed record RunnerInfo(string Runner, MachineInfo Machine, IReadOnlyList<string> Runtimes, IReadOnlyDictionary<string, RuntimeFacts?> RuntimeFacts, string? Compiler)
{
    public Summary? SpeedProbe { get; init; }

    /// <summary>The probe times, sorted (kept so the spread can be recomputed from results.json).</summary>
    public IReadOnlyList<double>? SpeedProbesS { get; init; }

    /// <summary>Which MediaWiki API(s) its I/O-bound runs queried (empty: none ran, or their records predate the field).</summary>
    public IReadOnlyList<string> Wikis { get; init; } = [];
}

/// <summary>The content of <c>results.json</c>.</summary>
public sealed record Results
{
    public const int CurrentSchema = 1;

    public int SchemaVersion { get; init; } = CurrentSchema;
    public required DateTimeOffset CreatedUtc { get; init; }
    public required IReadOnlyList<string> Commits { get; init; }
    public required IReadOnlyList<string> Profiles { get; init; }
    public required IReadOnlyList<RunnerInfo> Runners { get; init; }
    public required IReadOnlyList<CellResult> Cells { get; init; }
    public required int RecordCount { get; init; }
    /// <summary>The record files aggregated, relative to the folder given to the aggregate stage (no machine's absolute paths).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>
    /// Whether this runner's runtime ran the C# programs (its cells' <see cref="CellResult.Programs"/>): the one rule by
    /// which the claims, the report's Python sections, the .NET section and the published tally tell them apart.
    /// </summary>
    public bool RanDotNetPrograms(string? runner, string? runtime)
        => runtime is not null && Cells.Any(c => c.Runner == runner && c.Runtime == runtime && c.Programs == RuntimeIds.DotNet);
}
