using ParallelRepro.Statistics;

namespace ParallelRepro.Tests.Statistics;

public sealed class GammaTests
{
    private const double EulerGamma = 0.57721566490153286;

    [Fact]
    public void Digamma_and_trigamma_match_their_closed_forms_at_one_and_a_half()
    {
        Assert.Equal(-EulerGamma, Gamma.Digamma(1), 10);
        Assert.Equal(-EulerGamma - 2 * Math.Log(2), Gamma.Digamma(0.5), 10);
        Assert.Equal(1 - EulerGamma, Gamma.Digamma(2), 10); // ψ(x + 1) = ψ(x) + 1/x
        Assert.Equal(Math.PI * Math.PI / 6, Gamma.Trigamma(1), 10);
        Assert.Equal(Math.PI * Math.PI / 2, Gamma.Trigamma(0.5), 10);
        Assert.Equal(Math.PI * Math.PI / 6 - 1, Gamma.Trigamma(2), 10);
    }

    [Fact]
    public void Large_arguments_follow_the_logarithm_and_one_over_x()
    {
        // The series' first terms: ψ(x) ≈ ln x − 1/(2x) − 1/(12x²), ψ′(x) ≈ 1/x + 1/(2x²) + 1/(6x³).
        Assert.Equal(Math.Log(1000) - 0.5 / 1000 - 1 / 12e6, Gamma.Digamma(1000), 12);
        Assert.Equal(1.0 / 1000 + 0.5 / 1e6 + 1 / 6e9, Gamma.Trigamma(1000), 12);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(1)]
    [InlineData(2.5)]
    [InlineData(40)]
    [InlineData(5000)]
    public void Trigamma_inverse_undoes_trigamma(double x)
        => Assert.Equal(x, Gamma.TrigammaInverse(Gamma.Trigamma(x)), x * 1e-6);

    [Fact]
    public void Non_positive_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.Digamma(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.Trigamma(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.TrigammaInverse(0));
    }
}
