namespace ParallelRepro.DotNet.Workloads.CpuBound;

/// <summary>cpu_bound serial: the reference. A row already marked as a duplicate is skipped; distances are read from the live column.</summary>
internal sealed class CpuBoundSerial(IntRows rows) : CpuBoundRun(rows)
{
    public override void Proc()
    {
        var dups = new bool[Rows.Count];
        CpuBoundKernel.Scan(Rows.Origin, Rows.Destination, Distance, Distance, dups, dups, 0, Rows.Count);
        Dups = dups;
    }
}
