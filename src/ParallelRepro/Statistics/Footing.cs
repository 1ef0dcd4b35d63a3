namespace ParallelRepro.Statistics;

/// <summary>
/// What a ratio's interval stands on, for the decide stage's reckoning of the rounds still to run: how many more of
/// that stage's rounds (each balanced) it needs before it rests on balanced rounds alone (<see cref="StratifiedRatio"/>),
/// and whether the spread it reads now is already of balanced rounds only.
/// </summary>
/// <param name="RoundsToRest">0 once the interval rests on balanced rounds.</param>
/// <param name="BalancedSpread">
/// Every round it reads is free of the CPUs' speeds (it rests on balanced rounds, or all its rounds are balanced, as
/// the planned rounds of a spreading program against another or against serial are): then the rounds-to-decide estimate
/// its interval gives can be trusted. Otherwise the two-speed vCPUs inflate it many times over, and only the rounds to
/// rest are known.
/// </param>
public readonly record struct Footing(int RoundsToRest, bool BalancedSpread)
{
    /// <summary>The interval rests on balanced rounds alone (<see cref="StratifiedRatio.Of"/> reads this).</summary>
    public bool Rests => RoundsToRest == 0;

    /// <summary>A ratio with no balanced round yet: the decide stage must run all of them.</summary>
    public static Footing Unexplored => new(StratifiedRatio.MinBalanced, false);

    /// <summary>
    /// The footing of a quantity that is not a ratio of rounds (a cell's CPU time over its real time, run by run): its
    /// rounds-to-decide estimate is trusted from <see cref="StratifiedRatio.MinBalanced"/> of the decide stage's rounds on.
    /// </summary>
    public static Footing AfterExtraRounds(int extraRounds)
    {
        var toRest = Math.Max(0, StratifiedRatio.MinBalanced - extraRounds);
        return new(toRest, BalancedSpread: toRest == 0);
    }

    /// <summary>
    /// The footing of a ratio over these rounds: it rests on balanced rounds from <see cref="StratifiedRatio.MinBalanced"/>
    /// of them on, once one round is the decide stage's (<see cref="StratifiedRatio.Of"/>).
    /// </summary>
    public static Footing Of(IReadOnlyList<RoundRatio> rounds)
    {
        var toRest = Math.Max(StratifiedRatio.MinBalanced - rounds.Count(r => r.Balanced), rounds.Any(r => r.Extra) ? 0 : 1);
        return new(toRest, toRest == 0 || rounds.Count > 0 && rounds.All(r => r.Balanced));
    }

    /// <summary>
    /// The decide stage's rounds a condition is reckoned to need, from its rounds-to-decide estimate
    /// (<paramref name="moreRounds"/>, null: no spread to reckon from). Once it rests on balanced rounds, that estimate.
    /// Before, the rounds to rest, which every claim may have (the exploration, Claims.Evidence); where its spread is
    /// balanced already, the estimate may make that fewer, down to the rounds to rest, but not more than
    /// <see cref="StratifiedRatio.MinBalanced"/>: an estimate from three planned rounds rests on two degrees of freedom.
    /// mp-manager(n)/mp(n) straddled 1.3 on the planned rounds of 52 of 72 earlier default runs; those rounds reckoned
    /// one or two more in 46, three in 2, and 5-26 in 4, three of which the run went on to decide after 4-6.
    /// </summary>
    public int? Horizon(int? moreRounds)
        => Rests ? moreRounds
            : BalancedSpread ? Math.Max(RoundsToRest, Math.Min(moreRounds ?? StratifiedRatio.MinBalanced, StratifiedRatio.MinBalanced))
            : RoundsToRest;

    /// <summary>The footing of a condition that reads several ratios: the most rounds any needs, balanced when all are.</summary>
    public static Footing All(IEnumerable<Footing> footings)
        => footings.Aggregate(new Footing(0, true), (a, b) => new(Math.Max(a.RoundsToRest, b.RoundsToRest), a.BalancedSpread && b.BalancedSpread));
}
