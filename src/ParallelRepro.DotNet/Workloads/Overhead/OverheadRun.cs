namespace ParallelRepro.DotNet.Workloads.Overhead;

/// <summary>
/// What every overhead variant shares: cpu_bound's serial output as input, and the output: max, min, then one
/// point,partner,distance line per point sorted by point (overhead 3). Extremes and table are made fresh by proc().
/// </summary>
internal abstract class OverheadRun(WorkloadInput input) : IWorkloadRun
{
    /// <summary>The run's inputs; the processes variant passes them on to its workers.</summary>
    protected WorkloadInput Input { get; } = input;

    public const string InputFile = "cpu_bound-output_serial.txt";

    protected IntRows Rows { get; } = IntRows.Load(input.DataFile(InputFile));
    protected Extremes Extremes { get; set; } = new();
    protected NearestTable Table { get; set; } = new();

    public void Reset()
    {
    }

    public abstract void Proc();

    public IReadOnlyList<string> Lines() => [.. Extremes.Lines(), .. Table.Lines()];

    public virtual void Dispose()
    {
    }

    /// <summary>
    /// The three passes over rows [start, end): extremes, each origin's nearest destination, each destination's nearest
    /// origin. With a gate, one lock round trip per row and pass, as the mt original; without, none (serial, worker processes).
    /// </summary>
    protected static void ThreePasses(IntRows rows, Extremes extremes, NearestTable table, int start, int end, Lock? gate)
    {
        for (var i = start; i < end; i++)
        {
            if (gate is null) extremes.Add(rows.Distance[i]);
            else lock (gate) extremes.Add(rows.Distance[i]);
        }
        for (var i = start; i < end; i++)
        {
            if (gate is null) table.Update(rows.Origin[i], rows.Destination[i], rows.Distance[i]);
            else lock (gate) table.Update(rows.Origin[i], rows.Destination[i], rows.Distance[i]);
        }
        for (var i = start; i < end; i++)
        {
            if (gate is null) table.Update(rows.Destination[i], rows.Origin[i], rows.Distance[i]);
            else lock (gate) table.Update(rows.Destination[i], rows.Origin[i], rows.Distance[i]);
        }
    }
}
