using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace ParallelRepro.Statistics;

/// <summary>
/// Confidence levels of the intervals conditions are decided on. Every interval is two-sided at
/// <see cref="Default"/>, except where one condition reads several intervals and one of them alone can decide it
/// ("fails at some n" of an "at every n" condition, "holds at some n" of a "best over n" one): then each is taken at
/// the <see cref="Bonferroni"/> level, so that the condition as a whole is still wrong at most 5 % of the time. The
/// other direction needs no correction: "holds at every n" is an intersection-union test, already at 95 % when each
/// n is.
/// </summary>
public static class Confidence
{
    public const double Default = 0.95;

    /// <summary>The level each of <paramref name="tests"/> intervals needs for any one of them to decide at <see cref="Default"/>.</summary>
    public static double Bonferroni(int tests) => 1 - (1 - Default) / Math.Max(1, tests);

    /// <summary>Student's t quantile of a two-sided interval at <paramref name="level"/>.</summary>
    public static double StudentQuantile(double degreesOfFreedom, double level)
        => new StudentDistribution(degreesOfFreedom).Quantile(1 - (1 - level) / 2);

    /// <summary>How much wider than at 95 % an interval at <paramref name="level"/> is, for large samples (normal quantiles).</summary>
    public static double WidthFactor(double level) => StudentQuantile(1e6, level) / StudentQuantile(1e6, Default);
}
