using System.Reflection;
using ArchUnitNET.Loader;
using ParallelRepro.Configuration;
using ParallelRepro.Wiki;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace ParallelRepro.Tests.Architecture;

/// <summary>The compiled assemblies of the solution, loaded once for every architecture test.</summary>
internal static class PipelineArchitecture
{
    public static Assembly Library { get; } = typeof(RepoLayout).Assembly;
    public static Assembly Cli { get; } = typeof(ParallelRepro.Cli.ReproApp).Assembly;
    public static Assembly Wiki { get; } = typeof(WikiReplica).Assembly;
    public static Assembly DotNet { get; } = typeof(ParallelRepro.DotNet.Workloads.Catalog).Assembly;

    private static readonly Lazy<ArchitectureModel> Loaded =
        new(() => new ArchLoader().LoadAssemblies(Library, Cli, Wiki, DotNet).Build());

    public static ArchitectureModel Model => Loaded.Value;
}
