namespace ParallelRepro.Wiki;

/// <summary>
/// Faults the replica injects, so tests can see how clients cope. Every switch is keyed on the request's
/// sequence number (1, 2, 3, ... in arrival order) and the seed, never on the clock.
/// </summary>
/// <param name="ErrorRate">Fraction of requests answered 500, chosen by a seeded draw per request number.</param>
/// <param name="ThrottleEvery">Every Nth request is answered 429 with <c>Retry-After: 1</c> at once; 0 = never.</param>
/// <param name="SlowEvery">Every Nth request waits <paramref name="SlowMs"/> more than the latency model says; 0 = never.</param>
/// <param name="SlowMs">The extra wait of a slow request, in milliseconds.</param>
public sealed record FaultSettings(double ErrorRate = 0, int ThrottleEvery = 0, int SlowEvery = 0, double SlowMs = 0)
{
    public static readonly FaultSettings None = new();

    internal void Validate()
    {
        if (!(ErrorRate is >= 0 and <= 1))
            throw new WikiReplicaException($"invalid error rate {ErrorRate.ToString(System.Globalization.CultureInfo.InvariantCulture)}: expected a fraction between 0 and 1");
        if (ThrottleEvery < 0) throw new WikiReplicaException($"invalid throttle interval {ThrottleEvery}: expected 0 (never) or N >= 1");
        if (SlowEvery < 0) throw new WikiReplicaException($"invalid slow interval {SlowEvery}: expected 0 (never) or N >= 1");
        if (!(SlowMs >= 0)) throw new WikiReplicaException("invalid slow delay: expected milliseconds >= 0");
    }
}
