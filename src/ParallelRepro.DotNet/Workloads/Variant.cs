namespace ParallelRepro.DotNet.Workloads;

/// <summary>A variant of a program: its name, what it needs, and how to prepare a run of it with n workers.</summary>
internal sealed record Variant(string Group, string Name, IReadOnlyList<string> Needs, Func<WorkloadInput, int, IWorkloadRun> Create)
{
    public string Program => $"{Group}.{Name}";

    /// <summary>Serial variants have no worker count: the pipeline plans them once, with n = 1.</summary>
    public bool IsSerial => Name.StartsWith("serial", StringComparison.Ordinal);
}
