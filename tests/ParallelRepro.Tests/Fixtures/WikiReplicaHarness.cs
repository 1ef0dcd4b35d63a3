using System.Net.Http.Json;
using System.Text.Json;
using ParallelRepro.Wiki;
using Xunit;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>
/// A real wiki replica on 127.0.0.1 (port 0) serving <c>TestData/Wiki/titles.tsv</c>, with no latency unless a
/// test asks for it, and a real <see cref="HttpClient"/> that opens connections as the I/O program does.
/// </summary>
internal sealed class WikiReplicaHarness : IAsyncDisposable
{
    public static readonly LatencyProfile NoLatency = new("none", 0, 0);

    private WikiReplicaHarness(RunningWikiReplica replica)
    {
        Replica = replica;
    }

    public static string FixtureTitles => Path.Combine(AppContext.BaseDirectory, "TestData", "Wiki", "titles.tsv");

    public RunningWikiReplica Replica { get; }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static WikiReplicaOptions DefaultOptions => new() { TitlesPath = FixtureTitles, Latency = NoLatency, Seed = 7 };

    public static async Task<WikiReplicaHarness> StartAsync(Func<WikiReplicaOptions, WikiReplicaOptions>? configure = null)
        => new(await WikiReplica.StartAsync(configure is null ? DefaultOptions : configure(DefaultOptions)));

    /// <summary><c>action=query&amp;format=json&amp;titles=A|B|...</c>, percent-encoded.</summary>
    public static string TitlesQuery(params string[] titles)
        => "action=query&format=json&titles=" + Uri.EscapeDataString(string.Join('|', titles));

    public Task<HttpResponseMessage> GetAsync(string query, string path = "/w/api.php")
        => Http.GetAsync(new Uri(Replica.ApiUrl, path + (query.Length > 0 ? "?" + query : "")));

    /// <summary>GETs the query, expects HTTP 200, returns the parsed body.</summary>
    public async Task<JsonElement> GetJsonAsync(string query, string path = "/w/api.php")
    {
        using var response = await GetAsync(query, path);
        Assert.Equal(200, (int)response.StatusCode);
        return await ReadJsonAsync(response);
    }

    public async Task<JsonElement> StatsAsync()
        => await Http.GetFromJsonAsync<JsonElement>(Replica.StatsUrl);

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Replica.DisposeAsync();
    }
}
