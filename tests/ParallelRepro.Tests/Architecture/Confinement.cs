using System.Text.RegularExpressions;
using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ParallelRepro.Tests.Architecture;

/// <summary>docs/ARCHITECTURE.md, "Heavy dependencies at the edge": a dependency confined to the one namespace that needs it.</summary>
internal static class Confinement
{
    /// <summary>A namespace and everything below it, as the regular expression ArchUnitNET matches.</summary>
    public static string Below(string ns) => $@"^{Regex.Escape(ns)}(\..+)?$";

    /// <summary>Fails naming every type outside <paramref name="owner"/> that depends on a type of <paramref name="dependency"/>.</summary>
    public static void OnlyIn(string owner, string dependency, string why)
        => Types().That().DoNotResideInNamespaceMatching(Below(owner))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Below(dependency))
            .Because($"docs/ARCHITECTURE.md, \"Heavy dependencies at the edge\": {why}")
            .Check(PipelineArchitecture.Model);

    /// <summary>
    /// Whether <paramref name="owner"/> uses <paramref name="dependency"/> at all: <see cref="OnlyIn"/> would hold
    /// vacuously if the dependency were found under another name, so each test also checks that its owner uses it.
    /// </summary>
    public static bool IsUsedBy(string owner, string dependency)
        => PipelineArchitecture.Model.Types.Any(t => t.ResidesInNamespaceMatching(Below(owner))
            && t.GetTypeDependencies().Any(d => d.ResidesInNamespaceMatching(Below(dependency))));
}
