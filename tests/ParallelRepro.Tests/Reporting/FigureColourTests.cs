using ParallelRepro.Reporting.Figures;

namespace ParallelRepro.Tests.Reporting;

public sealed class FigureColourTests
{
    [Fact]
    public void Series_colours_never_repeat_even_past_the_paper_palette()
    {
        var colours = Enumerable.Range(0, PaperPalette.Count + 20).Select(i => PaperPalette.For(i).ToHex()).ToArray();
        Assert.Equal(colours.Length, colours.Distinct().Count());
    }
}
