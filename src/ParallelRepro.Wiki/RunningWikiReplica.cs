using System.Globalization;
using Microsoft.AspNetCore.Builder;
using ParallelRepro.Wiki.Serving;

namespace ParallelRepro.Wiki;

/// <summary>A started replica: where it listens, what it has served, and how to stop it.</summary>
public sealed class RunningWikiReplica : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ReplicaCounters counters;
    private int stopped;

    internal RunningWikiReplica(WebApplication app, int port, ReplicaCounters counters, int pageCount)
    {
        this.app = app;
        this.counters = counters;
        Port = port;
        PageCount = pageCount;
    }

    public int Port { get; }

    /// <summary>The API endpoint to give the I/O program, e.g. <c>http://127.0.0.1:41234/w/api.php</c>.</summary>
    public Uri ApiUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}{RequestPipeline.ApiPath}"));

    /// <summary>The counters as JSON, e.g. <c>http://127.0.0.1:41234/_replica/stats</c>.</summary>
    public Uri StatsUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}{RequestPipeline.StatsPath}"));

    /// <summary>Pages (including redirects) in the title list it serves.</summary>
    public int PageCount { get; }

    /// <summary>What it has served so far: request count, titles, statuses, concurrency high-water marks.</summary>
    public WikiReplicaStats Stats => counters.Snapshot();

    /// <summary>Stops accepting connections and lets requests in flight finish (for up to 2 s, or until <paramref name="ct"/>).</summary>
    public Task StopAsync(CancellationToken ct = default)
        => Interlocked.Exchange(ref stopped, 1) == 0 ? app.StopAsync(ct) : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
