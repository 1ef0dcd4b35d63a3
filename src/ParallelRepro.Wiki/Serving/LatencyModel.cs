namespace ParallelRepro.Wiki.Serving;

/// <summary>
/// How long the replica makes the Nth request wait: the profile's fixed part plus its jitter scaled by a seeded
/// draw. A pure function of (profile, seed, N), so tests check the delays themselves rather than wall time.
/// </summary>
internal sealed class LatencyModel(LatencyProfile profile, int seed)
{
    private const ulong JitterStream = 0x4C4154454E4359UL; // "LATENCY": independent of the error draws

    public TimeSpan DelayFor(long requestNumber)
        => TimeSpan.FromMilliseconds(profile.FixedMs + profile.JitterMs * SeededUniform.Draw(seed, JitterStream, requestNumber));
}
