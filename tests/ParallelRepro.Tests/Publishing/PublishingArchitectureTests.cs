using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.xUnit;
using ParallelRepro.Tests.Architecture;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ParallelRepro.Tests.Publishing;

/// <summary>docs/ARCHITECTURE.md, "Heavy dependencies at the edge": Octokit is used in the Publishing stage and nowhere else.</summary>
public sealed class PublishingArchitectureTests
{
    private const string Octokit = @"^Octokit(\..+)?$";

    [Fact]
    public void Only_the_publishing_stage_uses_Octokit()
        => Types().That().DoNotResideInNamespaceMatching(Layers.Pattern(["Publishing"]))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Octokit)
            .Because("docs/ARCHITECTURE.md, \"Heavy dependencies at the edge\": the GitHub API client stays in Publishing")
            .Check(PipelineArchitecture.Model);

    /// <summary>The rule above would hold vacuously if Octokit were found under another name: the publisher must use it.</summary>
    [Fact]
    public void The_publishing_stage_does_use_Octokit()
        => Assert.Contains(PipelineArchitecture.Model.Types, t =>
            t.ResidesInNamespaceMatching(Layers.Pattern(["Publishing"]))
            && t.GetTypeDependencies().Any(d => d.ResidesInNamespaceMatching(Octokit)));
}
