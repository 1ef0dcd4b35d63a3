namespace ParallelRepro.Vocabulary;

/// <summary>The program groups (folders under <c>src/workloads/ppp/</c>): the paper's four, in its order.</summary>
internal static class GroupIds
{
    public const string CpuBound = "cpu_bound";
    public const string IoBound = "io_bound";
    public const string MemoryBound = "memory_bound";
    public const string Overhead = "overhead";

    /// <summary>The paper's programs in the order of its figures; a group added later follows them.</summary>
    public static readonly IReadOnlyList<string> Paper = [CpuBound, IoBound, MemoryBound, Overhead];
}
