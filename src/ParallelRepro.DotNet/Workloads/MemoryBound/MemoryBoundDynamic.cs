namespace ParallelRepro.DotNet.Workloads.MemoryBound;

/// <summary>
/// The dynamic-typing side of Figure 5: A, B and C hold boxed objects. A and B are boxed before proc() (the
/// representation, like Python objects in a list); C is made of boxed zeros inside it, as the ports allocate C.
/// </summary>
internal abstract class MemoryBoundDynamic(WorkloadInput input) : MemoryBoundRun(input)
{
    private object[] boxedA = [], boxedB = [], boxedC = [];

    public override void Reset()
    {
        if (boxedA.Length > 0) return;
        boxedA = Kernels.Boxed(A.Cells);
        boxedB = Kernels.Boxed(B.Cells);
    }

    public override void Proc()
    {
        var c = Kernels.Boxed(new long[N * N]);
        Multiply(boxedA, boxedB, c);
        boxedC = c;
    }

    // Unboxing for the output happens after the timed region, like writing the output file.
    public override IReadOnlyList<string> Lines() => SquareMatrix.Lines(Kernels.Unboxed(boxedC), N);

    protected abstract void Multiply(object[] a, object[] b, object[] c);
}

/// <summary>memory_bound serial-dynamic: the triple loop over boxed objects.</summary>
internal sealed class MemoryBoundSerialDynamic(WorkloadInput input) : MemoryBoundDynamic(input)
{
    protected override void Multiply(object[] a, object[] b, object[] c) => Kernels.MultiplyRows(a, b, c, N, 0, N);
}

/// <summary>memory_bound parallel-for-dynamic (omp, dynamic type): Parallel.For over rows of boxed objects; every write allocates.</summary>
internal sealed class MemoryBoundParallelForDynamic(WorkloadInput input, int workers) : MemoryBoundDynamic(input)
{
    protected override void Multiply(object[] a, object[] b, object[] c)
        => Parallel.For(0, N, Parallelism.Options(workers), i => Kernels.MultiplyRows(a, b, c, N, i, i + 1));
}
