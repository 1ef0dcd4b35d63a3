using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace ParallelRepro.Statistics;

/// <summary>
/// Confidence levels of the intervals conditions are decided on. Every interval is two-sided at
/// <see cref="Default"/>, except where one condition reads several intervals and one of them alone can decide it
/// ("fails at some n" of an "at every n" condition, "holds at some n" of a "best over n" one): then each is taken at
/// the <see cref="Bonferroni"/> level, so that the condition as a whole is still wrong at most 5 % of the time. The
/// other direction needs no correction: "holds at every n" is an intersection-union test, already at 95 % when each
/// n is.
/// The decide stage looks at a claim after every extra round and stops at the first decision, so every interval over
/// its rounds is taken at <see cref="PerLook"/> (<see cref="AtLook"/>): an interval at 95 % looked at that way decides
/// wrongly far more often than 5 % of the time. That holds for rounds that are not balanced too (worker processes at
/// n ≥ 2 run on one CPU a round), whose intervals were taken at 95 % at every look before.
/// </summary>
public static class Confidence
{
    public const double Default = 0.95;

    /// <summary>The level each of <paramref name="tests"/> intervals needs for any one of them to decide at <see cref="Default"/>.</summary>
    public static double Bonferroni(int tests) => 1 - (1 - Default) / Math.Max(1, tests);

    /// <summary>
    /// What a look's error rate is divided by, so that the decide stage's whole sequence of looks errs about as often
    /// as one interval. Measured, not derived: on this VM's balanced rounds (<see cref="TrimmedMeanInterval"/>),
    /// sequences of up to 30 rounds looked at after each from the third, with the truth on the bound, were decided
    /// (wrongly, either way) in 22.0 % of the sequences at 95 % a look and in 4.7 % at 99 %
    /// (src/workloads/experiments/balanced_rounds_bootstrap.py, 4000 sequences each; the sign-test median that had this
    /// place before erred in 13.2 % at 95 %). So a look is taken at 1 − 0.05 / 5 = 99 %, and the sequence as a whole
    /// errs about 5 % of the time, as one 95 % interval would.
    /// </summary>
    public const double LooksFactor = 5;

    /// <summary>The level of one look of the decide stage, for a sequence of looks that errs at 1 − <paramref name="level"/>.</summary>
    public static double PerLook(double level) => 1 - (1 - level) / LooksFactor;

    /// <summary>
    /// The level of an interval that includes the decide stage's rounds (<paramref name="extraRounds"/>): a look's
    /// (<see cref="PerLook"/>), whether or not those rounds are balanced; else <paramref name="level"/> itself.
    /// </summary>
    public static double AtLook(double level, bool extraRounds) => extraRounds ? PerLook(level) : level;

    /// <summary>Student's t quantile of a two-sided interval at <paramref name="level"/>.</summary>
    public static double StudentQuantile(double degreesOfFreedom, double level)
        => new StudentDistribution(degreesOfFreedom).Quantile(1 - (1 - level) / 2);

    /// <summary>The normal quantile of a two-sided interval at <paramref name="level"/>: Student's for very large samples.</summary>
    public static double NormalQuantile(double level) => NormalDistribution.Standard.Quantile(1 - (1 - level) / 2);
}
