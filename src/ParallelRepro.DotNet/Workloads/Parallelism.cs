namespace ParallelRepro.DotNet.Workloads;

/// <summary>The OpenMP analog: <c>num_threads = n</c> becomes <see cref="ParallelOptions.MaxDegreeOfParallelism"/> = n.</summary>
internal static class Parallelism
{
    public static ParallelOptions Options(int workers) => new() { MaxDegreeOfParallelism = workers };
}
