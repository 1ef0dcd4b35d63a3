namespace ParallelRepro.DotNet.Workloads;

/// <summary>The work split of every mt and mp variant of the original (<c>ppp/chunking.py</c>).</summary>
internal static class Chunking
{
    /// <summary>
    /// n contiguous [start, end) ranges of floor(length / n) items; the last also takes the remainder. With n &gt; length
    /// every range but the last is empty, as in the original (n workers are still started).
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Contiguous(int length, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var size = length / n;
        var bounds = new (int Start, int End)[n];
        for (var k = 0; k < n; k++) bounds[k] = (k * size, (k + 1) * size);
        bounds[^1] = (bounds[^1].Start, length);
        return bounds;
    }

    /// <summary>Consecutive slices of at most <paramref name="size"/> items (the io_bound title chunks).</summary>
    public static IReadOnlyList<string[]> Slices(IReadOnlyList<string> items, int size)
        => items.Chunk(size).ToArray();
}
