using ParallelRepro.Common;
using ParallelRepro.Running;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>Builds run records for tests of the stages after the run.</summary>
internal static class Records
{
    public static readonly MachineInfo Machine = new("Linux test", "x64", "Test CPU", 4);

    public static RunRecord Make(string variant, int workers, double procTime, int repetition = 0,
        RunStatus status = RunStatus.Ok, string runner = "r1", string group = "cpu_bound", string runtime = "py", int cores = 0) => new()
    {
        Key = $"{runner}-{runtime}-{cores}-{group}-{variant}-{workers}-{repetition}",
        Commit = "abc1234567890def",
        Runner = runner,
        Profile = "smoke",
        Seed = 1,
        DataHash = "sha256:data",
        SourceHash = "sha256:src",
        Runtime = runtime,
        Group = group,
        Variant = variant,
        Workers = workers,
        Cores = cores,
        Repetition = repetition,
        Status = status,
        Reason = status == RunStatus.Ok ? null : "it broke",
        ProcTimeS = status == RunStatus.Ok ? procTime : null,
        RealTimeS = procTime + 0.1,
        UserS = procTime,
        SysS = 0.01,
        ChildrenUserS = 0,
        ChildrenSysS = 0,
        Machine = Machine,
        Python = new RuntimeFacts("CPython", "3.11.2", "/usr/bin/python3", true, false, "fork"),
    };

    /// <summary>The harness's per-CPU probes of a run on CPUs 0 and 1: the same before and after unless given.</summary>
    public static CpuProbes Probes(double cpu0, double cpu1, double? cpu0After = null, double? cpu1After = null) => new()
    {
        Before = new Dictionary<int, double> { [0] = cpu0, [1] = cpu1 },
        After = new Dictionary<int, double> { [0] = cpu0After ?? cpu0, [1] = cpu1After ?? cpu1 },
    };

    public static string WriteRunner(string runsRoot, string runner, IEnumerable<RunRecord> records)
    {
        var store = new RecordStore(Path.Combine(runsRoot, runner, RecordStore.FileName));
        foreach (var r in records) store.Append(r);
        return store.Path;
    }
}
