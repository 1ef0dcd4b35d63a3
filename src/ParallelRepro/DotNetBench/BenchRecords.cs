using System.Globalization;
using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.DotNetBench;

/// <summary>What every record of one BenchmarkDotNet run shares: provenance, the label, and serial's digests to check against.</summary>
internal sealed record BenchRecordContext(
    RunContext Run, string SourceHash, string Label, int Cores, string Job, RuntimeFacts? Facts, IReadOnlyDictionary<string, string?>? Libraries)
{
    /// <summary>The cores the bench process could use (its facts event), as a process run's record carries them.</summary>
    public int? CoresAllowed { get; init; }

    /// <summary>
    /// A record's identity, as <see cref="RunContext.KeyOf"/> for process runs: the same C# code, data, job, runner,
    /// profile, cell and iteration measured again gets the same key, so a resumed run skips it.
    /// </summary>
    public string KeyOf(BenchCell cell, int repetition)
        => ContentHash.Short(ContentHash.OfText(string.Join("|",
            SourceHash, Run.Data.DataHash, Label, "benchmarkdotnet", Job, Run.Settings.Runner, Run.Settings.Profile.Name,
            Invariant(Cores), cell.Argument, Invariant(repetition))));

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// BenchmarkDotNet statistics become the pipeline's records: one <see cref="RunRecord"/> per measured (not warmup)
/// iteration, repetition = its index. The aggregate stage then computes the median, its 95 % interval and the
/// speedups exactly as for Python's one-process-per-run records, so both sit in the same cells and figures.
/// Each iteration is one proc() call in a warm process: proc time is BenchmarkDotNet's time of that call; real time
/// and the CPU times (the process's and its worker processes') cover the same wider window around it (setup, forced
/// GC, the call, the digest), so that CPU / real is a utilization bounded by the cores allowed. A cell that failed or hung is one record with its status and reason.
/// </summary>
internal static class BenchRecords
{
    public static IReadOnlyList<RunRecord> FromEnd(BenchRecordContext context, BenchEvent end, long? wikiRequests)
    {
        var cell = end.Cell ?? throw new ReproException("bench event without a cell");
        if (end.Status != "ok") return [Problem(context, cell, RunStatus.Failed, end.Reason ?? "failed", null)];
        var actual = end.Samples.Where(s => s.Stage == "actual").ToArray();
        var calls = end.Samples.Count + end.WarmCalls;
        var perIteration = wikiRequests is { } total && calls > 0 ? total / calls : (long?)null;
        return actual.Select((sample, k) => Measured(context, cell, k, sample) with { WikiRequests = perIteration }).ToArray();
    }

    public static RunRecord Problem(BenchRecordContext context, BenchCell cell, RunStatus status, string reason, string? stderrTail)
        => Base(context, cell, 0, DateTimeOffset.UtcNow) with { Status = status, Reason = reason, StderrTail = stderrTail };

    private static RunRecord Measured(BenchRecordContext context, BenchCell cell, int repetition, BenchSample s)
    {
        var seconds = s.Ns / 1e9;
        var record = Base(context, cell, repetition, s.StartedUtc ?? DateTimeOffset.UtcNow) with
        {
            ProcTimeS = seconds,
            // An older bench process sent no window: its proc time is the best real time there is.
            RealTimeS = s.RealS ?? seconds,
            UserS = s.UserS,
            SysS = s.SysS,
            ChildrenUserS = s.ChildrenUserS,
            ChildrenSysS = s.ChildrenSysS,
            MaxRssKb = s.MaxRssKb,
            Digest = s.Digest,
        };
        return s.Digest switch
        {
            null => record with { Status = RunStatus.Failed, Reason = "no output digest was recorded for this iteration" },
            var d when d == record.ExpectedDigest => record with { Status = RunStatus.Ok },
            var d => record with { Status = RunStatus.WrongOutput, Reason = $"output digest {d} differs from serial's {record.ExpectedDigest}" },
        };
    }

    private static RunRecord Base(BenchRecordContext context, BenchCell cell, int repetition, DateTimeOffset started) => new()
    {
        Key = context.KeyOf(cell, repetition),
        Commit = context.Run.Commit,
        Runner = context.Run.Settings.Runner,
        Profile = context.Run.Settings.Profile.Name,
        Seed = context.Run.Settings.Seed,
        DataHash = context.Run.Data.DataHash,
        SourceHash = context.SourceHash,
        Runtime = context.Label,
        Programs = RuntimeIds.DotNet,
        Group = cell.Group,
        Variant = cell.Variant,
        Workers = cell.Workers,
        Cores = context.Cores,
        CoresAllowed = context.CoresAllowed,
        Repetition = repetition,
        Status = RunStatus.Failed,
        StartedUtc = started,
        ExpectedDigest = context.Run.ExpectedDigests.GetValueOrDefault(cell.Group),
        Python = context.Facts,
        Libraries = context.Libraries is null ? null : new Dictionary<string, string?>(context.Libraries) { ["job"] = context.Job },
        Machine = MachineInfo.Current,
        // Machine provenance like every record's (the runner's facts are read from its latest record).
        Compiler = context.Run.Compiler,
        Wiki = context.Run.WikiGroups.Contains(cell.Group) ? WikiReplicaLauncher.Describe(context.Run.Settings) : null,
    };
}
