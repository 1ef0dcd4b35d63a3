namespace ParallelRepro.DotNet.Workloads.CpuBound;

/// <summary>The O(N²) double loop of cpu_bound and the race fixes the Python ports made (DEVIATIONS.md, cpu_bound 1-4).</summary>
internal static class CpuBoundKernel
{
    /// <summary>
    /// For row i (unless skipped): every later row with the same (origin, destination) is a duplicate; every later row
    /// with the reversed pair takes row i's distance, read from <paramref name="source"/>.
    /// Serial passes skip = dups and source = distance (exactly the original); the parallel variants pass the repeat
    /// flags (cpu_bound 1) and the untouched input distances (cpu_bound 4), so no thread reads what another writes.
    /// </summary>
    public static void ScanRow(int[] origin, int[] destination, int[] distance, int[] source, bool[] skip, bool[] dups, int i)
    {
        if (skip[i]) return;
        int o = origin[i], d = destination[i], n = origin.Length;
        for (var j = i + 1; j < n; j++)
        {
            if (origin[j] == o && destination[j] == d) dups[j] = true;
            else if (origin[j] == d && destination[j] == o) distance[j] = source[i];
        }
    }

    public static void Scan(int[] origin, int[] destination, int[] distance, int[] source, bool[] skip, bool[] dups, int start, int end)
    {
        for (var i = start; i < end; i++) ScanRow(origin, destination, distance, source, skip, dups, i);
    }

    /// <summary>
    /// cpu_bound 1: flags[i] is true when an earlier row has the same (origin, destination), computed in O(N) before
    /// the workers start, so whether row i is skipped no longer depends on how far earlier chunks have got.
    /// </summary>
    public static bool[] RepeatFlags(int[] origin, int[] destination)
    {
        var seen = new HashSet<long>(origin.Length);
        var flags = new bool[origin.Length];
        for (var i = 0; i < origin.Length; i++)
            flags[i] = !seen.Add(((long)origin[i] << 32) | (uint)destination[i]);
        return flags;
    }
}
