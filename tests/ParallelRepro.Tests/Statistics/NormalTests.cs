using ParallelRepro.Statistics;

namespace ParallelRepro.Tests.Statistics;

public sealed class NormalTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959964, 0.975)]
    [InlineData(-1.959964, 0.025)]
    [InlineData(-2.575829, 0.005)]
    [InlineData(3.290527, 0.9995)]
    public void The_cdf_matches_the_normal_tables_on_both_sides(double z, double p)
        => Assert.Equal(p, Normal.Cdf(z), 6);
}
