using System.Globalization;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Wiki;
using ParallelRepro.Wiki.Serving;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>The seeded latency model: checked on the delays it computes, never on wall time.</summary>
public sealed class LatencyModelTests
{
    private static readonly LatencyProfile Profile = new("test", 10, 20);

    private static double[] Delays(LatencyProfile profile, int seed, int count)
    {
        var model = new LatencyModel(profile, seed);
        return [.. Enumerable.Range(1, count).Select(n => model.DelayFor(n).TotalMilliseconds)];
    }

    [Fact]
    public void The_same_seed_gives_the_same_delays()
    {
        Assert.Equal(Delays(Profile, 42, 200), Delays(Profile, 42, 200));
    }

    [Fact]
    public void Another_seed_gives_other_delays()
    {
        Assert.NotEqual(Delays(Profile, 42, 200), Delays(Profile, 43, 200));
    }

    [Fact]
    public void Delays_lie_between_fixed_and_fixed_plus_jitter_and_spread_over_it()
    {
        var delays = Delays(Profile, 42, 1000);

        Assert.All(delays, d => Assert.InRange(d, 10, 30));
        Assert.InRange(delays.Min(), 10, 11);
        Assert.InRange(delays.Max(), 29, 30);
        Assert.InRange(delays.Average(), 19, 21);
    }

    [Fact]
    public void Without_jitter_every_delay_is_the_fixed_part()
    {
        Assert.All(Delays(Profile with { JitterMs = 0 }, 42, 50), d => Assert.Equal(10, d));
    }

    [Fact]
    public void The_paper_profile_makes_the_serial_program_take_about_the_papers_23_4_seconds()
    {
        // 153 sequential requests (151 chunks of 18 titles plus 2 single-word chunks), seed 2013 as the pipeline uses.
        var serverSeconds = Delays(LatencyProfile.Paper, 2013, 153).Sum() / 1000;

        Assert.InRange(serverSeconds, 22.0, 24.0); // plus a few ms per new connection on the client side
        Assert.Equal(150, LatencyProfile.Paper.MeanMs);
    }

    [Theory]
    [InlineData("smoke", 1.0)]
    [InlineData("quick", 15.0)]
    [InlineData("paper", 150.0)]
    public void Each_pipeline_profile_has_a_latency_model(string name, double meanMs)
    {
        Assert.Equal(meanMs, LatencyProfile.Parse(name).MeanMs);
    }

    [Fact]
    public void An_unknown_profile_is_named_in_the_error()
    {
        var error = Assert.Throws<WikiReplicaException>(() => LatencyProfile.Parse("huge"));

        Assert.Equal("unknown latency profile 'huge' (expected one of: smoke, quick, paper)", error.Message);
    }

    [Fact]
    public async Task The_server_waits_what_the_model_computes_for_each_request_number()
    {
        var profile = new LatencyProfile("test", 1, 2);
        await using var wiki = await WikiReplicaHarness.StartAsync(o => o with { Latency = profile, Seed = 99 });
        var model = new LatencyModel(profile, 99);

        for (var n = 1; n <= 5; n++)
        {
            using var response = await wiki.GetAsync(WikiReplicaHarness.TitlesQuery("Freedom"));
            Assert.Equal(n.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-Replica-Request").Single());
            Assert.Equal(model.DelayFor(n).TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture),
                response.Headers.GetValues("X-Replica-Delay-Ms").Single());
        }
    }
}
