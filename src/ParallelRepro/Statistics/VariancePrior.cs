namespace ParallelRepro.Statistics;

/// <summary>
/// What a family of related ratios says about the spread of any one of them: an empirical-Bayes prior for their
/// log-scale variances (Smyth 2004, "Linear models and empirical Bayes methods for assessing differential expression
/// in microarray experiments", the moderated t of limma), so that an interval from a few rounds borrows strength
/// from the others instead of resting on its own two degrees of freedom.
/// Why: the quick profile times each cell in three planned rounds, so each ratio's interval is Student's t on two
/// degrees of freedom, and its standard deviation from three values is itself very uncertain. Now and then the three
/// happen to agree closely and the interval is narrow by luck: a default run read omp-gil-dynamic(1)/serial =
/// 0.82 [0.77, 0.88] from three rounds of 0.815, 0.830 and 0.820 (a log spread of 0.009), while that run's 41
/// memory-bound planned ratios over serial spread 0.049 a round in the median one and over 0.12 in a quarter of them,
/// and eight reproductions' balanced rounds put the ratio at 0.85-0.90. Its claim was decided in that run and
/// inconclusive in the next. The moderated variance is the weighted mean of the prior's and the ratio's own,
/// (d₀ s₀² + d s²) / (d₀ + d), on d₀ + d degrees of freedom: a luckily tight ratio widens toward its family and a
/// luckily wide one narrows, and the t quantile falls with the added degrees of freedom.
/// <see cref="Df"/> is d₀. It is estimated from the family, as limma does: if the variances were all one σ² times a
/// χ²_d / d, log s² would vary by ψ′(d/2) about its mean; what the family varies beyond that is the spread of the
/// true variances, ψ′(d₀/2). Unlike limma, whose thousands of genes make s₀² exact, d₀ is capped at the family's
/// own degrees of freedom (Σ d): a prior from thirty-odd ratios of three rounds knows no more than their pooled
/// variance does, even when their variances look all alike (where limma's d₀ is infinite).
/// </summary>
public sealed record VariancePrior(double Variance, double Df)
{
    /// <summary>The fewest ratios a family needs before its spread says anything about theirs.</summary>
    public const int MinFamily = 3;

    /// <summary>
    /// The prior of a family of sample variances of log ratios, each on its own degrees of freedom (rounds − 1). Null
    /// when fewer than <see cref="MinFamily"/> have a positive variance: then each interval stands on its own.
    /// </summary>
    public static VariancePrior? Estimate(IEnumerable<(double Variance, double Df)> family)
    {
        var usable = family.Where(v => v.Variance > 0 && double.IsFinite(v.Variance) && v.Df >= 1).ToArray();
        if (usable.Length < MinFamily) return null;
        // e = log s² − ψ(d/2) + log(d/2) has mean log σ² and variance ψ′(d/2) for a ratio whose true variance is σ².
        var e = usable.Select(v => Math.Log(v.Variance) - Gamma.Digamma(v.Df / 2) + Math.Log(v.Df / 2)).ToArray();
        var mean = e.Average();
        var beyondSampling = LogInterval.SampleVariance(e) - usable.Average(v => Gamma.Trigamma(v.Df / 2));
        var cap = usable.Sum(v => v.Df);
        var d0 = beyondSampling > 0 ? Math.Min(2 * Gamma.TrigammaInverse(beyondSampling), cap) : cap;
        return new VariancePrior(Math.Exp(mean + Gamma.Digamma(d0 / 2) - Math.Log(d0 / 2)), d0);
    }

    /// <summary>A ratio's own sample variance on <paramref name="df"/> degrees of freedom, moderated: the variance and its degrees of freedom.</summary>
    public (double Variance, double Df) Moderate(double variance, double df)
        => ((Df * Variance + df * variance) / (Df + df), Df + df);
}
