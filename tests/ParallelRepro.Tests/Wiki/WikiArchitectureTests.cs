using ArchUnitNET.xUnit;
using ParallelRepro.Tests.Architecture;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ParallelRepro.Tests.Wiki;

/// <summary>
/// docs/ARCHITECTURE.md, "Heavy dependencies at the edge": Kestrel only in the wiki replica. Other assemblies reach it
/// only through ParallelRepro.Wiki, and in the pipeline library only the run stage's measurement loop starts it.
/// </summary>
public sealed class WikiArchitectureTests
{
    private const string WikiNamespace = "ParallelRepro.Wiki";

    [Fact]
    public void Only_the_wiki_assembly_uses_ASP_NET_Core()
        => Confinement.OnlyIn(WikiNamespace, "Microsoft.AspNetCore", "Kestrel stays inside the wiki replica");

    [Fact]
    public void The_wiki_replica_does_use_ASP_NET_Core()
        => Assert.True(Confinement.IsUsedBy(WikiNamespace, "Microsoft.AspNetCore"));

    /// <summary>
    /// Type dependencies miss an assembly referenced only for its attributes or forwarders, so the references
    /// of each compiled assembly are checked too (reflection: ArchUnitNET rules are about types, not references).
    /// </summary>
    [Fact]
    public void Only_the_wiki_assembly_references_ASP_NET_Core()
    {
        static bool IsAspNetCore(System.Reflection.AssemblyName a) => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

        Assert.Contains(PipelineArchitecture.Wiki.GetReferencedAssemblies(), IsAspNetCore);
        foreach (var assembly in new[] { PipelineArchitecture.Library, PipelineArchitecture.Cli, PipelineArchitecture.DotNet })
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), IsAspNetCore);
    }

    [Fact]
    public void In_the_library_only_the_Running_stage_starts_the_wiki_replica()
        => Types().That().ResideInNamespaceMatching(Layers.Pattern(Layers.Shared.Concat(Layers.Stages).Where(l => l != "Running")))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Confinement.Below(WikiNamespace))
            .Because("docs/ARCHITECTURE.md, \"External components\": the measurement loop of the run stage starts the wiki replica for I/O-bound runs, the C# programs' included")
            .Check(PipelineArchitecture.Model);
}
