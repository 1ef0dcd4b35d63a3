namespace ParallelRepro.DotNet.Workloads.MemoryBound;

/// <summary>memory_bound serial (static type): the triple loop over long arrays.</summary>
internal sealed class MemoryBoundSerial(WorkloadInput input) : MemoryBoundRun(input)
{
    public override void Proc()
    {
        var c = new long[N * N];
        Kernels.MultiplyRows(A.Cells, B.Cells, c, N, 0, N);
        C = c;
    }
}

/// <summary>memory_bound threads (mt): contiguous row blocks, one Thread each, filling disjoint rows of one shared C.</summary>
internal sealed class MemoryBoundThreads(WorkloadInput input, int workers) : MemoryBoundRun(input)
{
    public override void Proc()
    {
        var c = new long[N * N];
        WorkerThreads.Run(Chunking.Contiguous(N, workers), (start, end) => Kernels.MultiplyRows(A.Cells, B.Cells, c, N, start, end));
        C = c;
    }
}

/// <summary>memory_bound parallel-for (omp, no GIL, static type): Parallel.For over rows with n workers.</summary>
internal sealed class MemoryBoundParallelFor(WorkloadInput input, int workers) : MemoryBoundRun(input)
{
    public override void Proc()
    {
        var c = new long[N * N];
        Parallel.For(0, N, Parallelism.Options(workers), i => Kernels.MultiplyRows(A.Cells, B.Cells, c, N, i, i + 1));
        C = c;
    }
}
