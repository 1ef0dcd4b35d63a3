using ParallelRepro.Running;

namespace ParallelRepro.Aggregation;

/// <summary>
/// Which records describe the code as it is now. A runner folder is append-only, so after the workloads,
/// the data or the profile change it still holds the older measurements; mixing them into one cell would
/// average two different programs. Per runner, only records with the sources, data and profile of that
/// runner's newest record are kept. The Python programs and their C# counterparts have separate sources, so each
/// is compared with its own newest record (<see cref="RunRecord.Programs"/>).
/// </summary>
internal static class CurrentRecords
{
    public static RunRecord[] Of(IEnumerable<RunRecord> records)
        => records.GroupBy(r => (r.Runner, r.Programs)).SelectMany(runner =>
        {
            var newest = runner.MaxBy(r => r.StartedUtc)!;
            return runner.Where(r => r.SourceHash == newest.SourceHash && r.DataHash == newest.DataHash && r.Profile == newest.Profile);
        }).ToArray();
}
