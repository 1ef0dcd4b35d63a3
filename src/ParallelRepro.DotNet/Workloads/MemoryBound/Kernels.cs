namespace ParallelRepro.DotNet.Workloads.MemoryBound;

/// <summary>
/// The textbook triple loop, element by element, accumulating into C as the original does (<c>c[i, j] += a[i, k] * b[k, j]</c>).
/// Static: long arrays (the typed memoryviews). Dynamic: every element a boxed object, unboxed to read and boxed
/// anew on every write (the Python-object access of Figure 5's "dynamic type" variant).
/// </summary>
internal static class Kernels
{
    public static void MultiplyRows(ReadOnlySpan<long> a, ReadOnlySpan<long> b, Span<long> c, int n, int start, int end)
    {
        for (var i = start; i < end; i++)
            for (var j = 0; j < n; j++)
                for (var k = 0; k < n; k++)
                    c[i * n + j] += a[i * n + k] * b[k * n + j];
    }

    public static void MultiplyRows(object[] a, object[] b, object[] c, int n, int start, int end)
    {
        for (var i = start; i < end; i++)
            for (var j = 0; j < n; j++)
                for (var k = 0; k < n; k++)
                    c[i * n + j] = (long)c[i * n + j] + (long)a[i * n + k] * (long)b[k * n + j];
    }

    public static object[] Boxed(long[] cells) => cells.Select(x => (object)x).ToArray();

    public static long[] Unboxed(object[] cells) => cells.Select(x => (long)x).ToArray();
}
