using ParallelRepro.Effort;
using Xunit;

namespace ParallelRepro.Tests.Effort;

public sealed class PaperTable2Tests
{
    [Fact]
    public void Embedded_table_has_the_papers_sixteen_rows()
    {
        var rows = PaperTable2.Load();
        Assert.Equal(16, rows.Count);
        Assert.Equal((27, 6), (rows[0].AbsoluteLoc!.Value, rows[0].AbsoluteMcCabe!.Value));
    }

    [Fact]
    public void Only_cpu_bound_mp_prints_a_D_its_own_numbers_do_not_give()
    {
        var misprint = Assert.Single(PaperTable2.Load(), r => r.Misprinted);
        Assert.Equal(("cpu_bound.mp", 31, 34), (misprint.Program, misprint.DPrinted!.Value, misprint.DFormula!.Value));
    }
}
