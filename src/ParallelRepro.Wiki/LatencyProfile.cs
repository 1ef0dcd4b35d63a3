namespace ParallelRepro.Wiki;

/// <summary>
/// The replica's latency per request: <see cref="FixedMs"/> plus a uniform draw in [0, <see cref="JitterMs"/>),
/// both in milliseconds. One per pipeline profile, so a profile means the same everywhere.
/// </summary>
public sealed record LatencyProfile(string Name, double FixedMs, double JitterMs)
{
    /// <summary>About 1 ms: the I/O program finishes in moments (tests, CI).</summary>
    public static readonly LatencyProfile Smoke = new("smoke", 0.5, 1);

    /// <summary>About 15 ms: enough waiting that threads overlapping it shows, still minutes in all.</summary>
    public static readonly LatencyProfile Quick = new("quick", 10, 10);

    /// <summary>
    /// About 150 ms: the paper's serial run took 23.44 s for 153 sequential requests (153 ms each, including the
    /// client's new connection per request, which costs a few ms on loopback), so the server's share is ~150 ms.
    /// </summary>
    public static readonly LatencyProfile Paper = new("paper", 140, 20);

    public static IReadOnlyList<LatencyProfile> All { get; } = [Smoke, Quick, Paper];

    public double MeanMs => FixedMs + JitterMs / 2;

    public static LatencyProfile Parse(string name)
        => All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
           ?? throw new WikiReplicaException($"unknown latency profile '{name}' (expected one of: {string.Join(", ", All.Select(p => p.Name))})");
}
