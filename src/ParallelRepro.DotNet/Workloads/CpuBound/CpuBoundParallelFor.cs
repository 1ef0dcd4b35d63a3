namespace ParallelRepro.DotNet.Workloads.CpuBound;

/// <summary>
/// cpu_bound parallel-for (the omp analog): Parallel.For over rows with n workers. Unlike OpenMP's
/// schedule(static), Parallel.For hands out ranges dynamically, so the triangular work is balanced.
/// </summary>
internal sealed class CpuBoundParallelFor(IntRows rows, int workers) : CpuBoundRun(rows)
{
    public override void Proc()
    {
        var repeats = CpuBoundKernel.RepeatFlags(Rows.Origin, Rows.Destination);
        var dups = new bool[Rows.Count];
        var distance = Distance;
        Parallel.For(0, Rows.Count, Parallelism.Options(workers),
            i => CpuBoundKernel.ScanRow(Rows.Origin, Rows.Destination, distance, Rows.Distance, repeats, dups, i));
        Dups = dups;
    }
}
