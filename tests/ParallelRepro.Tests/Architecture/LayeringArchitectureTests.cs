using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ParallelRepro.Tests.Architecture;

/// <summary>
/// docs/ARCHITECTURE.md, "Layers and dependency rules": the data flows one way through the stages, so a stage
/// references the shared layer and earlier stages only, and the shared layer references no stage. Read from the
/// compiled library (every type, member signature and method body), not from <c>using</c> lines.
/// </summary>
public sealed class LayeringArchitectureTests
{
    private const string Rule = "docs/ARCHITECTURE.md, \"Layers and dependency rules\"";

    [Fact]
    public void A_stage_references_no_later_stage()
    {
        var order = string.Join(" → ", Layers.Stages);
        var rules = Layers.Stages
            .Select((stage, i) => (Stage: stage, Later: Layers.Stages.Skip(i + 1).ToArray()))
            .Where(s => s.Later.Length > 0)
            .Select(s => (IArchRule)Types().That().ResideInNamespaceMatching(Layers.Pattern([s.Stage]))
                .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Layers.Pattern(s.Later))
                .Because($"{Rule}: a stage references only the shared layer and earlier stages ({order})"));

        rules.Aggregate((all, rule) => all.And(rule)).Check(PipelineArchitecture.Model);
    }

    [Fact]
    public void The_shared_layer_references_no_stage()
        => Types().That().ResideInNamespaceMatching(Layers.Pattern(Layers.Shared))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Layers.Pattern(Layers.Stages))
            .Because($"{Rule}: the shared layer ({string.Join(", ", Layers.Shared)}) is below every stage")
            .Check(PipelineArchitecture.Model);

    /// <summary>A new folder must be placed in a layer, or the rules above would silently not cover it.</summary>
    [Fact]
    public void Every_namespace_of_the_library_is_in_one_layer()
    {
        var folders = PipelineArchitecture.Library.GetTypes()
            .Select(t => t.Namespace)
            .Where(ns => ns is not null && (ns == Layers.Root || ns.StartsWith(Layers.Root + ".", StringComparison.Ordinal)))
            .Select(ns => ns == Layers.Root ? "" : ns![(Layers.Root.Length + 1)..].Split('.')[0])
            .Distinct()
            .ToArray();

        Assert.Empty(Layers.Shared.Intersect(Layers.Stages));
        Assert.All(folders, f => Assert.True(Layers.Shared.Contains(f) || Layers.Stages.Contains(f),
            $"namespace '{Layers.Namespace(f)}' is in no layer: add it to Layers.Shared or Layers.Stages and to {Rule}"));
        // And the other way round: a listed layer that lost its types is a stale entry.
        Assert.All(Layers.Shared.Concat(Layers.Stages), l => Assert.Contains(l, folders));
    }
}
