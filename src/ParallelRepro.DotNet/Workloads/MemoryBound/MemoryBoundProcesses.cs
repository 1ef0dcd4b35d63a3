using System.Globalization;

namespace ParallelRepro.DotNet.Workloads.MemoryBound;

/// <summary>
/// memory_bound processes (mp): A, B, C in a memory-mapped file created before proc() (as the original created its
/// shared arrays in main()); one worker process per contiguous row block writes its rows of C in place.
/// </summary>
internal sealed class MemoryBoundProcesses(WorkloadInput input, int workers) : MemoryBoundRun(input)
{
    public const string Group = "memory_bound";

    private SharedMatrices? shared;

    public override void Reset()
    {
        shared ??= SharedMatrices.Create(A, B);
        shared.C.Clear();
    }

    public override void Proc()
    {
        var matrices = shared ?? throw new InvalidOperationException("Reset() before Proc()");
        var args = Chunking.Contiguous(N, workers)
            .Select(c => (IReadOnlyList<string>)[Group, "--map", matrices.Path, "--size", Invariant(N), "--start", Invariant(c.Start), "--end", Invariant(c.End)])
            .ToArray();
        WorkerProcesses.Run(Input.Self, args);
        C = matrices.C.ToArray();
    }

    public override void Dispose()
    {
        shared?.Dispose();
        shared = null;
    }

    /// <summary>The child: rows [start, end) of C = A × B, in the shared file.</summary>
    public static void Worker(string mapPath, int size, int start, int end)
    {
        using var matrices = SharedMatrices.Open(mapPath, size);
        Kernels.MultiplyRows(matrices.A, matrices.B, matrices.C, size, start, end);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
