using ParallelRepro.Statistics;

namespace ParallelRepro.Tests.Statistics;

public sealed class VariancePriorTests
{
    /// <summary>The sample variance of three normal log ratios with spread <paramref name="sd"/>, as the quick profile's planned rounds give.</summary>
    private static (double Variance, double Df) ThreeRounds(Random random, double sd)
    {
        var logs = Enumerable.Range(0, 3).Select(_ => sd * Normal(random)).ToArray();
        var mean = logs.Average();
        return (logs.Sum(x => (x - mean) * (x - mean)) / 2, 2);
    }

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Fact]
    public void A_family_of_one_true_spread_gives_that_spread_and_lends_more_strength_than_a_family_of_two()
    {
        var random = new Random(2013);
        var alike = VariancePrior.Estimate(Enumerable.Range(0, 200).Select(_ => ThreeRounds(random, 0.1)).ToArray())!;
        var apart = VariancePrior.Estimate(Enumerable.Range(0, 200).Select(i => ThreeRounds(random, i % 2 == 0 ? 0.02 : 0.4)).ToArray())!;

        // 200 variances on two degrees of freedom each: the mean of their log has a standard error near 0.09, and the
        // estimate of d₀ (noisy on two degrees of freedom a ratio) scales the prior's variance by e^(ψ(d₀/2) − ln(d₀/2)),
        // 0.85 at d₀ = 6: within 40 % of 0.01.
        Assert.InRange(alike.Variance, 0.006, 0.014);
        // Spreads twenty times apart are not one spread: the prior then barely moves a ratio's own variance.
        Assert.True(apart.Df < 2, $"d0 = {apart.Df}");
        Assert.True(alike.Df > 5 * apart.Df, $"d0 = {alike.Df} for one spread against {apart.Df} for two");
    }

    [Fact]
    public void Variances_all_alike_give_a_prior_worth_the_familys_own_degrees_of_freedom_not_infinitely_many()
    {
        var prior = VariancePrior.Estimate(Enumerable.Repeat((0.01, 2.0), 30))!;

        Assert.Equal(60, prior.Df); // limma's d₀ would be infinite here
        // log s² of two degrees of freedom averages ψ(1) = −γ below log σ², so thirty sample variances of 0.01 say
        // σ² = 0.01 · e^γ ≈ 0.0178, scaled by e^(ψ(d₀/2) − ln(d₀/2)) for a prior on d₀ = 60.
        Assert.Equal(0.01 * Math.Exp(-Gamma.Digamma(1) + Gamma.Digamma(30) - Math.Log(30)), prior.Variance, 12);
    }

    [Fact]
    public void Fewer_than_three_positive_variances_give_no_prior()
    {
        Assert.Null(VariancePrior.Estimate([(0.01, 2), (0.02, 2), (0, 2)]));
        Assert.Null(VariancePrior.Estimate([]));
        Assert.NotNull(VariancePrior.Estimate([(0.01, 2), (0.02, 2), (0.015, 2)]));
    }

    [Fact]
    public void Moderating_weighs_the_prior_and_the_ratio_by_their_degrees_of_freedom()
    {
        var prior = new VariancePrior(0.04, 6);

        var (variance, df) = prior.Moderate(0.0001, 2);

        Assert.Equal((6 * 0.04 + 2 * 0.0001) / 8, variance, 12);
        Assert.Equal(8, df);
    }

    [Fact]
    public void Three_rounds_that_agree_by_luck_widen_toward_their_family_and_three_far_apart_narrow()
    {
        var prior = new VariancePrior(0.1 * 0.1, 20);
        double[] tight = [0.820, 0.824, 0.828];
        double[] wide = [0.70, 0.85, 1.05];

        var (tightAlone, tightModerated) = (LogInterval.Of(tight), LogInterval.Of(tight, prior: prior));
        var (wideAlone, wideModerated) = (LogInterval.Of(wide), LogInterval.Of(wide, prior: prior));

        // Alone, the tight three exclude 0.9; moderated by a family whose rounds spread 10 %, they do not.
        Assert.True(tightAlone.High < 0.9, $"{tightAlone}");
        Assert.True(tightModerated.High > 0.9, $"{tightModerated}");
        Assert.Equal(tightAlone.Value, tightModerated.Value, 12); // the estimate itself is the same geometric mean
        Assert.True(wideModerated.High / wideModerated.Low < wideAlone.High / wideAlone.Low, $"{wideModerated} against {wideAlone}");
    }
}
