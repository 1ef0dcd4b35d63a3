namespace ParallelRepro.Wiki;

/// <summary>
/// What the replica has served so far (also at <c>GET /_replica/stats</c>). Counts only API requests
/// (<c>/w/api.php</c> and <c>/</c>), not the stats endpoint itself.
/// </summary>
/// <param name="Requests">API requests received, whatever their answer.</param>
/// <param name="TitlesRequested">Title values in the queries that were answered with a query result.</param>
/// <param name="Status">Responses per HTTP status code.</param>
/// <param name="ApiErrors">MediaWiki error answers per error code (these are HTTP 200, as in MediaWiki).</param>
/// <param name="Slowed">Requests that got the slow fault's extra wait.</param>
/// <param name="InFlight">Requests holding a concurrency slot now.</param>
/// <param name="MaxInFlight">The most requests that held a slot at once; never above <paramref name="MaxConcurrency"/>.</param>
/// <param name="Waiting">Requests queued for a slot now.</param>
/// <param name="MaxWaiting">The most requests queued at once.</param>
/// <param name="MaxConcurrency">The cap.</param>
public sealed record WikiReplicaStats(
    long Requests,
    long TitlesRequested,
    IReadOnlyDictionary<int, long> Status,
    IReadOnlyDictionary<string, long> ApiErrors,
    long Slowed,
    int InFlight,
    int MaxInFlight,
    int Waiting,
    int MaxWaiting,
    int MaxConcurrency);
