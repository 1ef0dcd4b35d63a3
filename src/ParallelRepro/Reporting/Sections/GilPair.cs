using ParallelRepro.Aggregation;

namespace ParallelRepro.Reporting.Sections;

/// <summary>
/// One free-threaded binary measured twice on one runner, with the GIL off and on (ft and ft-gil): the only
/// comparison of GIL on and off in which the build (version, PGO, LTO) cancels out.
/// </summary>
internal sealed record GilPair(string Runner, string GilOff, string GilOn)
{
    public static IEnumerable<GilPair> Find(Results results)
        => results.Runners.SelectMany(runner =>
        {
            var freeThreaded = runner.Runtimes
                .Select(rt => (Runtime: rt, Facts: runner.RuntimeFacts.GetValueOrDefault(rt)))
                .Where(r => r.Facts is { FreeThreadedBuild: true, Executable: not null })
                .ToList();
            return freeThreaded.GroupBy(r => r.Facts!.Executable, StringComparer.Ordinal).SelectMany(binary =>
                from withoutGil in binary.Where(r => r.Facts!.GilEnabled == false)
                from withGil in binary.Where(r => r.Facts!.GilEnabled == true)
                select new GilPair(runner.Runner, withoutGil.Runtime, withGil.Runtime));
        });

    /// <summary>Cells of the parallel variants whose GIL behaviour the paper discusses: threads (mt) and OpenMP.</summary>
    public static bool Threaded(string variant)
        => variant == "mt" || variant.StartsWith("omp", StringComparison.Ordinal);
}
