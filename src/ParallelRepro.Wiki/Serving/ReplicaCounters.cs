using System.Collections.Concurrent;

namespace ParallelRepro.Wiki.Serving;

/// <summary>Thread-safe counters behind <see cref="WikiReplicaStats"/>; requests update them from many threads.</summary>
internal sealed class ReplicaCounters(int maxConcurrency)
{
    private readonly ConcurrentDictionary<int, long> status = new();
    private readonly ConcurrentDictionary<string, long> apiErrors = new(StringComparer.Ordinal);
    private long requests, titles, slowed;
    private int inFlight, maxInFlight, waiting, maxWaiting;

    /// <summary>Counts a new API request and returns its sequence number (1, 2, ...).</summary>
    public long NextRequest() => Interlocked.Increment(ref requests);

    public void Answered(int statusCode) => status.AddOrUpdate(statusCode, 1, (_, n) => n + 1);

    public void ApiError(string code) => apiErrors.AddOrUpdate(code, 1, (_, n) => n + 1);

    public void TitlesServed(int count) => Interlocked.Add(ref titles, count);

    public void Slowed() => Interlocked.Increment(ref slowed);

    public void StartWaiting() => RaiseMax(ref maxWaiting, Interlocked.Increment(ref waiting));

    public void StopWaiting() => Interlocked.Decrement(ref waiting);

    public void StartServing() => RaiseMax(ref maxInFlight, Interlocked.Increment(ref inFlight));

    public void StopServing() => Interlocked.Decrement(ref inFlight);

    public WikiReplicaStats Snapshot() => new(
        Interlocked.Read(ref requests),
        Interlocked.Read(ref titles),
        new SortedDictionary<int, long>(status),
        new SortedDictionary<string, long>(apiErrors, StringComparer.Ordinal),
        Interlocked.Read(ref slowed),
        Volatile.Read(ref inFlight),
        Volatile.Read(ref maxInFlight),
        Volatile.Read(ref waiting),
        Volatile.Read(ref maxWaiting),
        maxConcurrency);

    private static void RaiseMax(ref int max, int value)
    {
        for (var seen = Volatile.Read(ref max); value > seen; seen = Volatile.Read(ref max))
            if (Interlocked.CompareExchange(ref max, value, seen) == seen) return;
    }
}
