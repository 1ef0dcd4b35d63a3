namespace ParallelRepro.DotNet.Workloads.MemoryBound;

/// <summary>What every memory_bound variant shares: A and B loaded as int64, and C, allocated fresh by each proc() (G4).</summary>
internal abstract class MemoryBoundRun : IWorkloadRun
{
    public const string InputA = "memory_bound_matrix_a.txt";
    public const string InputB = "memory_bound_matrix_b.txt";

    protected MemoryBoundRun(WorkloadInput input)
    {
        Input = input;
        A = SquareMatrix.Load(input.DataFile(InputA));
        B = SquareMatrix.Load(input.DataFile(InputB));
        if (A.Size != B.Size) throw new FormatException($"matrices A ({A.Size}) and B ({B.Size}) differ in size");
    }

    /// <summary>The run's inputs; the processes variant passes them on to its workers.</summary>
    protected WorkloadInput Input { get; }

    protected SquareMatrix A { get; }
    protected SquareMatrix B { get; }
    protected int N => A.Size;

    /// <summary>The product, set by proc().</summary>
    protected long[] C { get; set; } = [];

    public virtual void Reset()
    {
    }

    public abstract void Proc();

    public virtual IReadOnlyList<string> Lines() => SquareMatrix.Lines(C, N);

    public virtual void Dispose()
    {
    }
}
