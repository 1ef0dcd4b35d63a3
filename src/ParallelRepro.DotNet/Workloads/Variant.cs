namespace ParallelRepro.DotNet.Workloads;

/// <summary>A variant of a program: its name, what it needs, and how to prepare a run of it with n workers.</summary>
internal sealed record Variant(string Group, string Name, IReadOnlyList<string> Needs, Func<WorkloadInput, int, IWorkloadRun> Create)
{
    public string Program => $"{Group}.{Name}";
}
