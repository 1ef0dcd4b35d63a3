using System.Text.Json;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Wiki;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>
/// The concurrency cap, checked without timing: a test hook holds every admitted request until the test has seen
/// the counters, so the requests beyond the cap are certainly queued when we look.
/// </summary>
public sealed class ConcurrencyCapTests
{
    [Fact]
    public async Task Requests_beyond_the_cap_wait_for_a_slot()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var wiki = await WikiReplicaHarness.StartAsync(o => o with { MaxConcurrency = 2, WhileServing = ct => release.Task.WaitAsync(ct) });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var requests = Enumerable.Range(0, 5).Select(_ => wiki.GetAsync(WikiReplicaHarness.TitlesQuery("Freedom"))).ToArray();
        var held = await WaitForStatsAsync(wiki, s => s.GetProperty("in_flight").GetInt32() == 2 && s.GetProperty("waiting").GetInt32() == 3, timeout.Token);
        release.SetResult();
        var responses = await Task.WhenAll(requests);

        Assert.Equal(2, held.GetProperty("max_concurrency").GetInt32());
        Assert.All(responses, r => Assert.Equal(200, (int)r.StatusCode));
        var stats = wiki.Replica.Stats;
        Assert.Equal(2, stats.MaxInFlight);
        Assert.Equal(3, stats.MaxWaiting);
        Assert.Equal(0, stats.InFlight);
        Assert.Equal(0, stats.Waiting);
    }

    [Fact]
    public async Task Sequential_requests_never_queue()
    {
        await using var wiki = await WikiReplicaHarness.StartAsync(o => o with { MaxConcurrency = 1 });

        for (var i = 0; i < 3; i++) await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("Freedom"));

        Assert.Equal(1, wiki.Replica.Stats.MaxInFlight);
        Assert.Equal(0, wiki.Replica.Stats.MaxWaiting);
    }

    [Fact]
    public async Task A_cap_below_one_is_refused()
    {
        var error = await Assert.ThrowsAsync<WikiReplicaException>(() => WikiReplica.StartAsync(WikiReplicaHarness.DefaultOptions with { MaxConcurrency = 0 }));

        Assert.Contains("max concurrency", error.Message, StringComparison.Ordinal);
    }

    // Polls the stats endpoint until the condition holds: waits for a state, never for an amount of time.
    private static async Task<JsonElement> WaitForStatsAsync(WikiReplicaHarness wiki, Func<JsonElement, bool> condition, CancellationToken ct)
    {
        while (true)
        {
            var stats = await wiki.StatsAsync();
            if (condition(stats)) return stats;
            await Task.Delay(10, ct);
        }
    }
}
