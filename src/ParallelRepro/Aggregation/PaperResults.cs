using ParallelRepro.Common;
using ParallelRepro.Paper;
using ParallelRepro.Profiling;
using ParallelRepro.Running;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Aggregation;

/// <summary>
/// The paper's own measurements in the shape of results.json: one repetition per bar of its figures, with Table 1's
/// CPU times at n = 8. The printed numbers are facts of the shared layer (<see cref="PaperFigures"/>,
/// <see cref="PaperTable1"/>); this shape is the aggregation stage's, so it lives here. Claims are checked against it
/// (each must hold on the paper's numbers) and figures draw it beside the reproduction. The paper printed one number
/// per bar, with no spread: its samples are <see cref="ExactRounds"/> rounds of that same number, so the claims'
/// intervals collapse to the printed value and each condition is decided on it, as the paper itself reads it.
/// </summary>
internal static class PaperResults
{
    public const string Runner = "paper";
    public const string Runtime = "CPython 2.7.3";
    public static readonly MachineInfo Machine = new("OS X 10.8.5", "x64", "Intel Core i7-3520M 2.9 GHz (2 cores, 4 threads)", 4);

    public static Results Create()
    {
        var serial = PaperFigures.Bars.Where(b => VariantIds.IsBaseline(b.Variant)).ToDictionary(b => b.Group, b => b.Seconds);
        var cells = PaperFigures.Bars.Select(bar => WithTable1(new CellResult
        {
            Runner = Runner, Runtime = Runtime, Cores = 0, Group = bar.Group, Variant = bar.Variant, Workers = bar.Workers,
            Statuses = new Dictionary<string, int> { ["ok"] = 1 },
            ProcTime = Summary.Of([bar.Seconds]),
            Speedup = serial.TryGetValue(bar.Group, out var s) ? s / bar.Seconds : null,
            Samples = Exact(bar.Seconds, bar.Seconds, null),
        })).ToArray();
        return new Results
        {
            CreatedUtc = new DateTimeOffset(2013, 12, 5, 0, 0, 0, TimeSpan.Zero),
            Commits = ["e28d620"],
            Profiles = ["paper"],
            Runners = [new RunnerInfo(Runner, Machine, [Runtime], new Dictionary<string, RuntimeFacts?>(), "GCC 4.2.1 (OpenMP 2.5)")],
            Cells = cells,
            RecordCount = cells.Length,
        };
    }

    /// <summary>Figure 2: the cProfile table of cpu_bound mt at n = 128, with Figure 1's proc time at n = 128.</summary>
    public static ProfileResult Figure2Profile()
        => new("cpu_bound", "mt", 128, Runtime, "paper", PaperFigures.Seconds("cpu_bound", "mt", 128), 21.522,
        [
            new ProfileEntry(768, 768, 16.755, 16.755, "{method 'acquire' of 'thread.lock' objects}"),
            new ProfileEntry(128, 128, 3.805, 21.515, "threading.py:484(start)"),
            new ProfileEntry(128, 128, 0.941, 16.305, "threading.py:234(wait)"),
            new ProfileEntry(128, 128, 0.011, 0.011, "{thread.start_new_thread}"),
            new ProfileEntry(256, 256, 0.010, 0.010, "threading.py:185(__init__)"),
        ]);

    private static CellResult WithTable1(CellResult cell)
    {
        // The memory_bound omp (GIL, static type) row repeats a cpu_bound row (a copy error): leave it out.
        var row = PaperTable1.Rows.FirstOrDefault(r => r.Group == cell.Group && r.Variant == cell.Variant && !(r is { Group: "memory_bound", Variant: "omp-gil-static" }));
        if (row is null || cell.Workers != PaperTable1.Workers) return cell;
        return cell with
        {
            RealTime = Summary.Of([row.Real]),
            UserS = row.User, SysS = row.Sys, WorkerUserS = row.WorkerUser, WorkerSysS = row.WorkerSys,
            CpuUtilization = (row.User + row.Sys + (row.WorkerUser ?? 0) + (row.WorkerSys ?? 0)) / row.Real,
            Samples = Exact(cell.ProcTime!.Median, row.Real, row.User + (row.WorkerUser ?? 0)),
        };
    }

    /// <summary>Two rounds of the same printed numbers: an interval of zero width (two, because one would be no interval at all).</summary>
    public const int ExactRounds = 2;

    /// <summary>The paper's printed numbers as <see cref="ExactRounds"/> identical runs.</summary>
    public static IReadOnlyList<RunSample> Exact(double procS, double realS, double? userS)
        => Enumerable.Range(0, ExactRounds).Select(round => new RunSample(round, procS, realS, userS)).ToArray();
}
