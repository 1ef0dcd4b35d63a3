namespace ParallelRepro.Wiki.Serving;

/// <summary>Which requests get which injected fault: a pure function of (settings, seed, request number).</summary>
internal sealed class FaultPlan(FaultSettings settings, int seed)
{
    private const ulong ErrorStream = 0x4552524F52UL; // "ERROR": independent of the latency draws

    /// <summary>Answered 429 at once, before taking a concurrency slot, as a rate limiter in front of a server would.</summary>
    public bool IsThrottled(long requestNumber) => Every(settings.ThrottleEvery, requestNumber);

    /// <summary>Answered 500 after its latency, as a server that did the work and then failed.</summary>
    public bool IsError(long requestNumber)
        => settings.ErrorRate > 0 && SeededUniform.Draw(seed, ErrorStream, requestNumber) < settings.ErrorRate;

    public bool IsSlow(long requestNumber) => Every(settings.SlowEvery, requestNumber);

    public TimeSpan ExtraDelayFor(long requestNumber)
        => IsSlow(requestNumber) ? TimeSpan.FromMilliseconds(settings.SlowMs) : TimeSpan.Zero;

    private static bool Every(int interval, long requestNumber) => interval > 0 && requestNumber % interval == 0;
}
