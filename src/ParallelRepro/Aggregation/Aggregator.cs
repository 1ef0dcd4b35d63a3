using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Aggregation;

/// <summary>
/// The aggregate stage: reads every <c>runs/&lt;runner&gt;/records.jsonl</c> under the given folders
/// and reduces them to per-cell statistics. Runs from many machines merge by copying folders together.
/// </summary>
internal static class Aggregator
{
    public static Results Aggregate(IEnumerable<string> runsRoots, TimeProvider clock)
    {
        var stores = runsRoots.SelectMany(root => RecordStore.Under(root).Select(store => (Root: root, Store: store))).ToArray();
        var records = CurrentRecords.Of(stores.SelectMany(s => s.Store.ReadAll()).Where(r => r.Repetition >= 0));
        if (records.Length == 0)
            throw new ReproException($"no run records found under {string.Join(", ", runsRoots)} (run 'repro run' first)");

        var disturbance = Disturbance.Of(records);
        var cells = records
            .GroupBy(r => (r.Runner, r.Runtime, r.Cores, r.Group, r.Variant, r.Workers))
            .Select(g => CellOf(g.ToArray(), disturbance))
            .ToArray();
        cells = WithSpeedups(cells);

        return new Results
        {
            CreatedUtc = clock.GetUtcNow(),
            Commits = records.Select(r => r.Commit).Distinct().Order(StringComparer.Ordinal).ToArray(),
            Profiles = records.Select(r => r.Profile).Distinct().Order(StringComparer.Ordinal).ToArray(),
            Runners = Runners(records),
            Cells = cells.OrderBy(c => c.Runner, StringComparer.Ordinal).ThenBy(c => c.Runtime, StringComparer.Ordinal)
                .ThenBy(c => c.Cores).ThenBy(c => c.Group, StringComparer.Ordinal).ThenBy(c => c.Variant, StringComparer.Ordinal)
                .ThenBy(c => c.Workers).ToArray(),
            RecordCount = records.Length,
            Sources = stores.Select(s => Path.GetRelativePath(s.Root, s.Store.Path).Replace('\\', '/')).ToArray(),
        };
    }

    private static CellResult CellOf(RunRecord[] runs, Disturbance disturbance)
    {
        var first = runs[0];
        var ok = runs.Where(r => r.Status == RunStatus.Ok && r.ProcTimeS is not null).ToArray();
        var retried = ok.Where(r => r.Retries > 0).ToArray();
        double? MedianOf(Func<RunRecord, double?> pick)
        {
            var values = ok.Select(pick).OfType<double>().ToArray();
            return values.Length == 0 ? null : Summary.Of(values).Median;
        }
        return new CellResult
        {
            Runner = first.Runner,
            Runtime = first.Runtime,
            Cores = first.Cores,
            Group = first.Group,
            Variant = first.Variant,
            Workers = first.Workers,
            Statuses = runs.GroupBy(r => RunStatusNames.Of(r.Status)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            ProcTime = ok.Length == 0 ? null : Summary.Of(ok.Select(r => r.ProcTimeS!.Value).ToArray()),
            RealTime = ok.Length == 0 ? null : Summary.Of(ok.Select(r => r.RealTimeS).ToArray()),
            ProcTimesS = ok.Length == 0 ? null : ok.Select(r => r.ProcTimeS!.Value).Order().ToArray(),
            CpuUtilization = MedianOf(r => r.TotalCpuS / r.RealTimeS),
            UserS = MedianOf(r => r.UserS),
            SysS = MedianOf(r => r.SysS),
            WorkerUserS = MedianOf(r => r.ChildrenUserS),
            WorkerSysS = MedianOf(r => r.ChildrenSysS),
            RetriedRuns = retried.Length == 0 ? null : retried.Length,
            RetryWaitS = retried.Length == 0 ? null : retried.Sum(r => r.RetryWaitS ?? 0),
            Reasons = runs.Where(r => r.Status != RunStatus.Ok && r.Reason is not null)
                .Select(r => $"{RunStatusNames.Of(r.Status)}: {r.Reason}").Distinct().ToArray(),
            Programs = first.Programs,
            Samples = ok.OrderBy(r => r.RoundOrRepetition).ThenBy(r => r.StartedUtc)
                .Select(r => new RunSample(r.RoundOrRepetition, r.ProcTimeS!.Value, r.RealTimeS, r.UserS + (r.ChildrenUserS ?? 0), disturbance.Disturbed(r), r.Purpose) { Loops = r.Loops ?? 1, StartCpu = r.StartCpu })
                .ToArray(),
        };
    }

    /// <summary>Speedup against the serial program measured on the same runner, runtime and cores.</summary>
    private static CellResult[] WithSpeedups(CellResult[] cells)
    {
        var serial = cells.Where(c => VariantIds.IsBaseline(c.Variant) && c.ProcTime is not null)
            .ToDictionary(c => (c.Runner, c.Runtime, c.Cores, c.Group), c => c.ProcTime!);
        return cells.Select(c =>
        {
            if (c.ProcTime is null || !serial.TryGetValue((c.Runner, c.Runtime, c.Cores, c.Group), out var s)) return c;
            var speedup = s.Median / c.ProcTime.Median;
            var (low, high) = Summary.RatioInterval(s, c.ProcTime);
            return c with
            {
                Speedup = speedup,
                SpeedupLow = low,
                SpeedupHigh = high,
                Efficiency = VariantIds.IsSerial(c.Variant) ? null : speedup / c.Workers,
            };
        }).ToArray();
    }

    private static RunnerInfo[] Runners(RunRecord[] records)
        => records.GroupBy(r => r.Runner).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var last = g.MaxBy(r => r.StartedUtc)!;
            var runtimes = g.Select(r => r.Runtime).Distinct().Order(StringComparer.Ordinal).ToArray();
            var facts = runtimes.ToDictionary(rt => rt, rt => g.Where(r => r.Runtime == rt && r.Python is not null).Select(r => r.Python).LastOrDefault());
            var probes = g.Select(r => r.ProbeS).OfType<double>().Order().ToArray();
            return new RunnerInfo(g.Key, last.Machine, runtimes, facts, last.Compiler)
            {
                SpeedProbe = probes.Length == 0 ? null : Summary.Of(probes),
                SpeedProbesS = probes.Length == 0 ? null : probes,
                Wikis = g.Select(r => r.Wiki).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray(),
            };
        }).ToArray();
}
