using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reporting;

/// <summary>ScottPlot stays at the edge: only the figures folder draws (DESIGN.md, heavy dependencies at the edge).</summary>
public sealed class FiguresArchitectureTests
{
    [Fact]
    public void Only_Reporting_Figures_uses_ScottPlot()
    {
        var source = Path.Combine(Repo.Root, "src");
        var figures = Path.Combine(source, "ParallelRepro", "Reporting", "Figures") + Path.DirectorySeparatorChar;
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.StartsWith(figures, StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Any(l => l.StartsWith("using ScottPlot", StringComparison.Ordinal) || l.Contains("ScottPlot.", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Repo.Root, f));
        Assert.Empty(offenders);
    }
}
