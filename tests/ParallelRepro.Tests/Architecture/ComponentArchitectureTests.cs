using System.Reflection;

namespace ParallelRepro.Tests.Architecture;

/// <summary>
/// docs/ARCHITECTURE.md, "External components": the C# workload programs (ParallelRepro.DotNet) and the wiki replica
/// (ParallelRepro.Wiki) are programs the pipeline starts, not layers of it. They reference nothing of the pipeline, and
/// the pipeline starts the C# programs as a process, never by reference. Assembly references, read by reflection.
/// </summary>
public sealed class ComponentArchitectureTests
{
    private static readonly string[] Pipeline = [PipelineArchitecture.Library.GetName().Name!, PipelineArchitecture.Cli.GetName().Name!];

    private static string[] ReferencedNames(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

    [Fact]
    public void The_workload_programs_and_the_wiki_replica_reference_nothing_of_the_pipeline()
    {
        foreach (var component in new[] { PipelineArchitecture.DotNet, PipelineArchitecture.Wiki })
            Assert.Empty(ReferencedNames(component).Intersect(Pipeline));
    }

    [Fact]
    public void The_library_starts_the_CSharp_programs_as_a_process_and_does_not_reference_them()
    {
        var references = ReferencedNames(PipelineArchitecture.Library);
        Assert.DoesNotContain(PipelineArchitecture.DotNet.GetName().Name!, references);
        Assert.Contains(PipelineArchitecture.Wiki.GetName().Name!, references);
    }
}
