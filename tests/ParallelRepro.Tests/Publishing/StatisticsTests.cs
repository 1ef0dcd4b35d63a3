using ParallelRepro.Aggregation;
using ParallelRepro.Publishing;

namespace ParallelRepro.Tests.Publishing;

/// <summary>The test that decides whether a cell moved, and the rule that combines it with the effect size.</summary>
public sealed class StatisticsTests
{
    [Fact]
    public void Mann_Whitney_exact_p_values_match_the_tables()
    {
        // Complete separation: p = 2 / C(m+n, m).
        Assert.Equal(0.1, MannWhitney.PValue([1, 2, 3], [4, 5, 6]), 12);
        Assert.Equal(2.0 / 252, MannWhitney.PValue([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]), 12);
        // One swap among 4 vs 4: U = 1, P(U <= 1) = 2/70, two-sided 4/70 (R: wilcox.test(c(1,2,3,5), c(4,6,7,8))$p.value).
        Assert.Equal(4.0 / 70, MannWhitney.PValue([1, 2, 3, 5], [4, 6, 7, 8]), 12);
        Assert.Equal(1.0, MannWhitney.PValue([1, 4], [2, 3]), 12);
    }

    [Fact]
    public void The_smallest_possible_p_tells_when_the_test_can_decide()
    {
        Assert.Equal(0.1, MannWhitney.MinimumP(3, 3), 12);
        Assert.True(MannWhitney.MinimumP(4, 4) <= 0.05);
        Assert.Equal(1, MannWhitney.MinimumP(0, 5));
    }

    [Fact]
    public void Large_samples_use_the_normal_approximation()
    {
        var x = Enumerable.Range(0, 40).Select(i => 1.0 + i * 0.001).ToArray();
        var y = Enumerable.Range(0, 40).Select(i => 1.02 + i * 0.001).ToArray();
        Assert.True(MannWhitney.PValue(x, y) < 0.001);
        Assert.True(MannWhitney.PValue(x, x) > 0.9);
    }

    [Theory]
    [InlineData(1.0, 1.09, false)] // below the minimum effect, however significant
    [InlineData(1.0, 1.11, true)]
    [InlineData(1.0, 0.90, true)] // 1/0.9 = 1.11: as much faster
    [InlineData(1.0, 0.92, false)]
    public void A_cell_moves_only_past_the_minimum_effect(double before, double after, bool moved)
    {
        var baseline = Cell(Enumerable.Repeat(before, 5).Select((v, i) => v + i * 1e-4).ToArray());
        var current = Cell(Enumerable.Repeat(after, 5).Select((v, i) => v + i * 1e-4).ToArray());
        Assert.Equal(moved, CellComparison.Moved(baseline, current) is not null);
    }

    [Fact]
    public void Without_run_times_disjoint_median_intervals_decide()
    {
        var baseline = Cell([1.0, 1.01, 1.02]) with { ProcTimesS = null };
        Assert.Equal("95% median intervals disjoint", CellComparison.Moved(baseline, Cell([1.2, 1.21, 1.22]) with { ProcTimesS = null }));
        Assert.Null(CellComparison.Moved(baseline, Cell([1.0, 1.21, 1.22]) with { ProcTimesS = null }));
    }

    private static CellResult Cell(double[] times) => new()
    {
        Runner = "r", Runtime = "py", Cores = 0, Group = "cpu_bound", Variant = "mt", Workers = 2,
        Statuses = new Dictionary<string, int> { ["ok"] = times.Length },
        ProcTime = Summary.Of(times),
        ProcTimesS = times,
    };
}
