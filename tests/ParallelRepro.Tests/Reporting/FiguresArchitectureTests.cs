using ParallelRepro.Tests.Architecture;

namespace ParallelRepro.Tests.Reporting;

/// <summary>docs/ARCHITECTURE.md, "Heavy dependencies at the edge": ScottPlot stays in the figures namespace, the only code that draws.</summary>
public sealed class FiguresArchitectureTests
{
    [Fact]
    public void Only_Reporting_Figures_uses_ScottPlot()
        => Confinement.OnlyIn("ParallelRepro.Reporting.Figures", "ScottPlot", "only Reporting.Figures draws");

    [Fact]
    public void Reporting_Figures_does_use_ScottPlot()
        => Assert.True(Confinement.IsUsedBy("ParallelRepro.Reporting.Figures", "ScottPlot"));
}
