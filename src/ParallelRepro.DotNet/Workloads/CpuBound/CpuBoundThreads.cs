namespace ParallelRepro.DotNet.Workloads.CpuBound;

/// <summary>
/// cpu_bound threads (mt): one Thread per contiguous chunk of rows, all on the shared rows and one shared duplicate
/// array. Without a GIL the threads really run in parallel, so the badly balanced chunks (row i does N-i-1
/// comparisons) cap the speedup at n²/(2n-1).
/// </summary>
internal sealed class CpuBoundThreads(IntRows rows, int workers) : CpuBoundRun(rows)
{
    public override void Proc()
    {
        var repeats = CpuBoundKernel.RepeatFlags(Rows.Origin, Rows.Destination);
        var dups = new bool[Rows.Count];
        var distance = Distance;
        WorkerThreads.Run(Chunking.Contiguous(Rows.Count, workers),
            (start, end) => CpuBoundKernel.Scan(Rows.Origin, Rows.Destination, distance, Rows.Distance, repeats, dups, start, end));
        Dups = dups;
    }
}
