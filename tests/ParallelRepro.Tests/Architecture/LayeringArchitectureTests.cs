using System.Reflection;
using System.Text.RegularExpressions;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using ParallelRepro.Tests.Fixtures;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ParallelRepro.Tests.Architecture;

/// <summary>
/// docs/ARCHITECTURE.md, "Layers and dependency rules": the data flows one way through the stages, so a stage
/// references the shared layer and earlier stages only, and the shared layer references no stage. Read from the
/// compiled library (every type, member signature and method body), not from <c>using</c> lines.
/// </summary>
public sealed partial class LayeringArchitectureTests
{
    private const string Rule = "docs/ARCHITECTURE.md, \"Layers and dependency rules\"";

    [Fact]
    public void A_stage_references_no_later_stage()
    {
        var order = string.Join(" → ", Layers.Stages);
        var rules = Layers.Stages
            .Select((stage, i) => (Stage: stage, Later: Layers.Stages.Skip(i + 1).Concat(Layers.Tooling).ToArray()))
            .Select(s => (IArchRule)Types().That().ResideInNamespaceMatching(Layers.Pattern([s.Stage]))
                .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Layers.Pattern(s.Later))
                .Because($"{Rule}: a stage references only the shared layer and earlier stages ({order})"));

        rules.Aggregate((all, rule) => all.And(rule)).Check(PipelineArchitecture.Model);
    }

    [Fact]
    public void The_shared_layer_references_no_stage()
        => Types().That().ResideInNamespaceMatching(Layers.Pattern(Layers.Shared))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Layers.Pattern(Layers.Stages.Concat(Layers.Tooling)))
            .Because($"{Rule}: the shared layer ({string.Join(", ", Layers.Shared)}) is below every stage and the tooling")
            .Check(PipelineArchitecture.Model);

    /// <summary>
    /// The compiler copies a <c>const</c> into the code that reads it, so a read of a later stage's constant leaves no
    /// reference in the assembly and the two rules above cannot see it. ArchUnitNET cannot either (it reads the same
    /// IL), so this one looks in the sources, for the constants reflection finds in the stages, by their qualified name.
    /// </summary>
    [Fact]
    public void No_layer_reads_a_constant_of_a_later_stage()
    {
        var constants = PipelineArchitecture.Library.GetTypes()
            .Where(t => Layers.Rank(t.Namespace) >= 0 && !t.IsGenericType)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => f.IsLiteral && !f.IsPrivate)
                .Select(f => (Rank: Layers.Rank(t.Namespace)!.Value, Name: $"{t.Namespace}.{t.Name}.{f.Name}", Pattern: new Regex($@"\b{t.Name}\.{f.Name}\b"))))
            .ToArray();
        var library = Path.Combine(Repo.Root, "src", Layers.Root);
        var offenders = (
            from file in Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            let text = File.ReadAllText(file)
            let ns = FileNamespace().Match(text).Groups[1].Value
            let rank = Layers.Rank(ns)
            where rank is not null
            from constant in constants
            where constant.Rank > rank && constant.Pattern.IsMatch(text)
            select $"{Path.GetRelativePath(Repo.Root, file)} ({ns}) reads {constant.Name}").ToArray();

        Assert.NotEmpty(constants);
        Assert.True(offenders.Length == 0, $"{Rule}: a stage references only the shared layer and earlier stages, constants included:\n{string.Join("\n", offenders)}");
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

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

        string[] listed = [.. Layers.Shared, .. Layers.Stages, .. Layers.Tooling];
        Assert.Equal(listed.Length, listed.Distinct().Count());
        Assert.All(folders, f => Assert.True(listed.Contains(f),
            $"namespace '{Layers.Namespace(f)}' is in no layer: add it to Layers.Shared, Layers.Stages or Layers.Tooling and to {Rule}"));
        // And the other way round: a listed layer that lost its types is a stale entry.
        Assert.All(listed, l => Assert.Contains(l, folders));
    }
}
