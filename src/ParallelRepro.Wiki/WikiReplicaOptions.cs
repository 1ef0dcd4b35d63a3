namespace ParallelRepro.Wiki;

/// <summary>How to run the replica. Only the title list is required; the rest defaults to the quick profile.</summary>
public sealed record WikiReplicaOptions
{
    /// <summary>Default cap on requests served at once; more wait, like requests queued for a server's worker pool.</summary>
    public const int DefaultMaxConcurrency = 64;

    /// <summary>The title list (TSV: <c>title &lt;TAB&gt; pageid [&lt;TAB&gt; redirect target]</c>, <c>#</c> comments).</summary>
    public required string TitlesPath { get; init; }

    /// <summary>Port on 127.0.0.1; 0 picks a free one (read it back from <see cref="RunningWikiReplica.ApiUrl"/>).</summary>
    public int Port { get; init; }

    public LatencyProfile Latency { get; init; } = LatencyProfile.Quick;

    /// <summary>Seeds the latency jitter and the 500 draws: the same seed gives the same delay to the Nth request.</summary>
    public int Seed { get; init; } = 2013;

    public int MaxConcurrency { get; init; } = DefaultMaxConcurrency;

    public FaultSettings Faults { get; init; } = FaultSettings.None;

    /// <summary>The clock the latency waits run on.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Test hook, awaited while a request holds its concurrency slot: lets a test keep requests in flight
    /// until it has looked at the counters, instead of guessing with timing.
    /// </summary>
    internal Func<CancellationToken, Task>? WhileServing { get; init; }

    internal void Validate()
    {
        if (Port is < 0 or > 65535) throw new WikiReplicaException($"invalid port {Port}: expected 0 (any free port) to 65535");
        if (MaxConcurrency < 1) throw new WikiReplicaException($"invalid max concurrency {MaxConcurrency}: expected N >= 1");
        if (!(Latency.FixedMs >= 0) || !(Latency.JitterMs >= 0))
            throw new WikiReplicaException("invalid latency: fixed and jitter milliseconds must be >= 0");
        Faults.Validate();
    }
}
