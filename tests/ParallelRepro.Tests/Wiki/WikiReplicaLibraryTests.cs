using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Wiki;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>The in-process API the pipeline uses: start, URL, request count, stop; its errors as ReproException.</summary>
public sealed class WikiReplicaLibraryTests
{
    [Fact]
    public async Task Start_gives_a_loopback_url_and_stop_closes_it()
    {
        var replica = await WikiReplica.StartAsync(WikiReplicaHarness.DefaultOptions);
        using var http = new HttpClient();

        Assert.Equal($"http://127.0.0.1:{replica.Port}/w/api.php", replica.ApiUrl.ToString());
        Assert.True(replica.Port > 0);
        Assert.Equal(11, replica.PageCount);
        await http.GetStringAsync(new Uri(replica.ApiUrl + "?" + WikiReplicaHarness.TitlesQuery("Freedom")));
        Assert.Equal(1, replica.Stats.Requests);

        await replica.StopAsync();
        await replica.DisposeAsync(); // after StopAsync, and twice: both harmless
        await replica.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync(replica.ApiUrl));
    }

    [Fact]
    public async Task Two_replicas_on_port_zero_get_different_ports()
    {
        await using var first = await WikiReplica.StartAsync(WikiReplicaHarness.DefaultOptions);
        await using var second = await WikiReplica.StartAsync(WikiReplicaHarness.DefaultOptions);

        Assert.NotEqual(first.Port, second.Port);
    }

    [Fact]
    public async Task The_launcher_turns_replica_errors_into_ReproExceptions()
    {
        var options = WikiReplicaHarness.DefaultOptions with { TitlesPath = "/nonexistent/wiki_titles.tsv" };

        var error = await Assert.ThrowsAsync<ReproException>(() => WikiReplicaLauncher.StartAsync(options, CancellationToken.None));

        Assert.Equal(ExitCodes.UsageOrInput, error.ExitCode);
        Assert.Equal("wiki title list not found: /nonexistent/wiki_titles.tsv", error.Message);
    }

    [Fact]
    public void The_launcher_takes_titles_latency_and_seed_from_the_settings()
    {
        var layout = new RepoLayout("/checkout");
        var settings = ReproSettings.Load(layout, new SettingsOverrides { [SettingsSchema.Profile] = "paper", [SettingsSchema.Seed] = "17", [SettingsSchema.Runner] = "test" });

        var options = WikiReplicaLauncher.OptionsFor(settings, TimeProvider.System);

        Assert.Equal(Path.Combine("/checkout", "src", "workloads", "ppp", "io_bound", "data", "wiki_titles.tsv"), options.TitlesPath);
        Assert.Equal(LatencyProfile.Paper, options.Latency);
        Assert.Equal(17, options.Seed);
        Assert.Equal(0, options.Port);
    }
}
