using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.xUnit;
using ParallelRepro.Tests.Architecture;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace ParallelRepro.Tests.Reporting;

/// <summary>docs/ARCHITECTURE.md, "Heavy dependencies at the edge": ScottPlot stays in the figures namespace, the only code that draws.</summary>
public sealed class FiguresArchitectureTests
{
    private const string Figures = @"^ParallelRepro\.Reporting\.Figures(\..+)?$";
    private const string ScottPlot = @"^ScottPlot(\..+)?$";

    [Fact]
    public void Only_Reporting_Figures_uses_ScottPlot()
        => Types().That().DoNotResideInNamespaceMatching(Figures)
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(ScottPlot)
            .Because("docs/ARCHITECTURE.md, \"Heavy dependencies at the edge\": only Reporting.Figures draws")
            .Check(PipelineArchitecture.Model);

    [Fact]
    public void Reporting_Figures_does_use_ScottPlot()
        => Assert.Contains(PipelineArchitecture.Model.Types, t =>
            t.ResidesInNamespaceMatching(Figures) && t.GetTypeDependencies().Any(d => d.ResidesInNamespaceMatching(ScottPlot)));
}
