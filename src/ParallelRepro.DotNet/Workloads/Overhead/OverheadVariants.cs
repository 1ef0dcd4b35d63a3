namespace ParallelRepro.DotNet.Workloads.Overhead;

/// <summary>overhead serial: three passes, no locks.</summary>
internal sealed class OverheadSerial(WorkloadInput input) : OverheadRun(input)
{
    public override void Proc()
    {
        Extremes = new Extremes();
        Table = new NearestTable();
        ThreePasses(Rows, Extremes, Table, 0, Rows.Count, gate: null);
    }
}

/// <summary>overhead threads (mt): one Thread per contiguous chunk, each doing all three passes on its chunk; one global lock around every row's update.</summary>
internal sealed class OverheadThreads(WorkloadInput input, int workers) : OverheadRun(input)
{
    public override void Proc()
    {
        var extremes = new Extremes();
        var table = new NearestTable();
        var gate = new Lock();
        WorkerThreads.Run(Chunking.Contiguous(Rows.Count, workers), (start, end) => ThreePasses(Rows, extremes, table, start, end, gate));
        (Extremes, Table) = (extremes, table);
    }
}

/// <summary>overhead parallel-for (omp): Parallel.For over rows; each row's three sections hold the same lock, so execution is effectively serialized.</summary>
internal sealed class OverheadParallelFor(WorkloadInput input, int workers) : OverheadRun(input)
{
    public override void Proc()
    {
        var extremes = new Extremes();
        var table = new NearestTable();
        var gate = new Lock();
        Parallel.For(0, Rows.Count, Parallelism.Options(workers), i =>
        {
            lock (gate) extremes.Add(Rows.Distance[i]);
            lock (gate) table.Update(Rows.Origin[i], Rows.Destination[i], Rows.Distance[i]);
            lock (gate) table.Update(Rows.Destination[i], Rows.Origin[i], Rows.Distance[i]);
        });
        (Extremes, Table) = (extremes, table);
    }
}
