namespace ParallelRepro.DotNet.Workloads.CpuBound;

/// <summary>
/// What every cpu_bound variant shares: the loaded rows, the distance column the variant changes (restored by
/// <see cref="Reset"/>), the duplicate flags it produces, and the output: kept rows in input order.
/// </summary>
internal abstract class CpuBoundRun(IntRows rows) : IWorkloadRun
{
    public const string Input = "cpu_bound.txt";

    protected IntRows Rows { get; } = rows;

    /// <summary>The distance column proc() changes: a fresh copy of the input's before each run.</summary>
    protected int[] Distance { get; private set; } = [];

    /// <summary>Set by proc(): which rows are duplicates (the original's index list, popped after join).</summary>
    protected bool[] Dups { get; set; } = [];

    public void Reset() => Distance = (int[])Rows.Distance.Clone();

    public abstract void Proc();

    public IReadOnlyList<string> Lines()
        => Enumerable.Range(0, Rows.Count).Where(i => !Dups[i]).Select(i => Rows.Line(i, Distance)).ToArray();

    public virtual void Dispose()
    {
    }
}
