using ParallelRepro.Tests.Fixtures;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>The counters the pipeline quotes: at <c>/_replica/stats</c> and as <see cref="ParallelRepro.Wiki.RunningWikiReplica.Stats"/>.</summary>
public sealed class ReplicaStatsTests
{
    [Fact]
    public async Task Counts_requests_titles_statuses_and_api_errors()
    {
        await using var wiki = await WikiReplicaHarness.StartAsync();
        await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("Freedom", "USA", "Nowhere"));
        await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("freedom", "freedom"));
        await wiki.GetJsonAsync("action=query&format=json&titles=" + string.Join("|", Enumerable.Range(1, 51)));
        await wiki.GetJsonAsync("action=nope&format=json");

        var stats = await wiki.StatsAsync();

        Assert.Equal(4, stats.GetProperty("requests").GetInt64());
        Assert.Equal(5, stats.GetProperty("titles_requested").GetInt64()); // titles of answered queries, duplicates included
        Assert.Equal(4, stats.GetProperty("status").GetProperty("200").GetInt64());
        Assert.Equal(1, stats.GetProperty("api_errors").GetProperty("toomanyvalues").GetInt64());
        Assert.Equal(1, stats.GetProperty("api_errors").GetProperty("badvalue").GetInt64());
        Assert.Equal(64, stats.GetProperty("max_concurrency").GetInt32());
    }

    [Fact]
    public async Task Asking_for_the_stats_is_not_counted()
    {
        await using var wiki = await WikiReplicaHarness.StartAsync();
        await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("Freedom"));

        await wiki.StatsAsync();
        var stats = await wiki.StatsAsync();

        Assert.Equal(1, stats.GetProperty("requests").GetInt64());
        Assert.Equal(1, wiki.Replica.Stats.Requests);
    }

    [Fact]
    public async Task Unknown_paths_are_not_api_requests()
    {
        await using var wiki = await WikiReplicaHarness.StartAsync();

        using var response = await wiki.GetAsync("", path: "/favicon.ico");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(0, wiki.Replica.Stats.Requests);
    }
}
