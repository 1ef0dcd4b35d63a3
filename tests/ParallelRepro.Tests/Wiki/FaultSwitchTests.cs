using System.Globalization;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Wiki;
using ParallelRepro.Wiki.Serving;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>The injected faults, each keyed on the request number, observed over real HTTP.</summary>
public sealed class FaultSwitchTests
{
    private static readonly string Query = WikiReplicaHarness.TitlesQuery("Freedom");

    /// <summary>Sends <paramref name="count"/> requests one after another; returns (request number, status, response).</summary>
    private static async Task<List<(long Number, int Status, HttpResponseMessage Response)>> SequentialAsync(WikiReplicaHarness wiki, int count)
    {
        var results = new List<(long, int, HttpResponseMessage)>();
        for (var i = 0; i < count; i++)
        {
            var response = await wiki.GetAsync(Query);
            var number = long.Parse(response.Headers.GetValues("X-Replica-Request").Single(), CultureInfo.InvariantCulture);
            results.Add((number, (int)response.StatusCode, response));
        }
        return results;
    }

    [Fact]
    public async Task Error_rate_one_fails_every_request_with_500()
    {
        await using var wiki = await WikiReplicaHarness.StartAsync(o => o with { Faults = new FaultSettings(ErrorRate: 1) });

        var results = await SequentialAsync(wiki, 5);

        Assert.All(results, r => Assert.Equal(500, r.Status));
        Assert.Equal(5, wiki.Replica.Stats.Status[500]);
        Assert.Equal(0, wiki.Replica.Stats.TitlesRequested);
    }

    [Fact]
    public async Task A_partial_error_rate_fails_exactly_the_requests_the_seeded_plan_picks()
    {
        var faults = new FaultSettings(ErrorRate: 0.4);
        await using var wiki = await WikiReplicaHarness.StartAsync(o => o with { Faults = faults, Seed = 11 });
        var plan = new FaultPlan(faults, seed: 11);

        var results = await SequentialAsync(wiki, 40);

        Assert.All(results, r => Assert.Equal(plan.IsError(r.Number) ? 500 : 200, r.Status));
        var failed = results.Count(r => r.Status == 500);
        Assert.InRange(failed, 1, 39); // the draw really mixes outcomes
        Assert.Equal(failed, wiki.Replica.Stats.Status[500]);
    }

    [Fact]
    public async Task Every_third_request_is_throttled_with_retry_after()
    {
        await using var wiki = await WikiReplicaHarness.StartAsync(o => o with { Faults = new FaultSettings(ThrottleEvery: 3) });

        var results = await SequentialAsync(wiki, 7);

        Assert.Equal([200, 200, 429, 200, 200, 429, 200], results.Select(r => r.Status));
        var throttled = results[2].Response;
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        Assert.False(throttled.Headers.Contains("X-Replica-Delay-Ms")); // answered before taking a slot or waiting
        var stats = wiki.Replica.Stats;
        Assert.Equal(2, stats.Status[429]);
        Assert.Equal(5, stats.Status[200]);
    }

    [Fact]
    public async Task Every_second_request_is_slowed_by_the_extra_delay()
    {
        await using var wiki = await WikiReplicaHarness.StartAsync(o => o with { Faults = new FaultSettings(SlowEvery: 2, SlowMs: 20) });

        var results = await SequentialAsync(wiki, 4);

        Assert.Equal(["0", "20", "0", "20"], results.Select(r => r.Response.Headers.GetValues("X-Replica-Delay-Ms").Single()));
        Assert.All(results, r => Assert.Equal(200, r.Status));
        Assert.Equal(2, wiki.Replica.Stats.Slowed);
    }

    [Fact]
    public void The_plan_is_a_function_of_the_request_number()
    {
        var plan = new FaultPlan(new FaultSettings(ThrottleEvery: 4, SlowEvery: 3, SlowMs: 250), seed: 1);

        Assert.Equal([4L, 8L], Enumerable.Range(1, 10).Select(n => (long)n).Where(plan.IsThrottled));
        Assert.Equal(TimeSpan.FromMilliseconds(250), plan.ExtraDelayFor(6));
        Assert.Equal(TimeSpan.Zero, plan.ExtraDelayFor(7));
        Assert.DoesNotContain(Enumerable.Range(1, 1000), n => plan.IsError(n)); // no error rate, no errors
    }

    [Theory]
    [InlineData(-0.1, 0, 0, 0)]
    [InlineData(1.5, 0, 0, 0)]
    [InlineData(0, -1, 0, 0)]
    [InlineData(0, 0, -2, 0)]
    [InlineData(0, 0, 1, -5)]
    public async Task Out_of_range_settings_are_refused(double errorRate, int throttleEvery, int slowEvery, double slowMs)
    {
        var options = WikiReplicaHarness.DefaultOptions with { Faults = new FaultSettings(errorRate, throttleEvery, slowEvery, slowMs) };

        await Assert.ThrowsAsync<WikiReplicaException>(() => WikiReplica.StartAsync(options));
    }
}
