using System.Text.Json;
using ParallelRepro.Tests.Fixtures;
using Xunit;
using static ParallelRepro.Tests.Fixtures.WikiJson;

namespace ParallelRepro.Tests.Wiki;

/// <summary>The 50-title limit and malformed queries: MediaWiki's error shape, HTTP 200, the error header.</summary>
public sealed class QueryErrorTests : IAsyncLifetime
{
    private WikiReplicaHarness wiki = null!;

    public async Task InitializeAsync() => wiki = await WikiReplicaHarness.StartAsync();

    public async Task DisposeAsync() => await wiki.DisposeAsync();

    private static string[] Numbered(int count) => [.. Enumerable.Range(1, count).Select(i => $"Title {i}")];

    private async Task<JsonElement> ErrorAsync(string query, string expectedCode)
    {
        using var response = await wiki.GetAsync(query);
        Assert.Equal(200, (int)response.StatusCode); // MediaWiki reports API errors in the body
        Assert.Equal(expectedCode, Assert.Single(response.Headers.GetValues("MediaWiki-API-Error")));
        var error = (await WikiReplicaHarness.ReadJsonAsync(response)).GetProperty("error");
        Assert.Equal(expectedCode, error.GetProperty("code").GetString());
        Assert.StartsWith($"See http://127.0.0.1:{wiki.Replica.Port}/w/api.php for API usage.", error.GetProperty("*").GetString());
        return error;
    }

    [Fact]
    public async Task Fifty_titles_are_answered()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery(Numbered(50)));

        Assert.Equal(50, PageIds(answer).Length);
    }

    [Fact]
    public async Task Fifty_one_titles_are_too_many()
    {
        var error = await ErrorAsync(WikiReplicaHarness.TitlesQuery(Numbered(51)), "toomanyvalues");

        Assert.Equal("Too many values supplied for parameter \"titles\". The limit is 50.", error.GetProperty("info").GetString());
        Assert.Equal(50, error.GetProperty("limit").GetInt32());
        Assert.Equal(50, error.GetProperty("lowlimit").GetInt32());
        Assert.Equal(500, error.GetProperty("highlimit").GetInt32());
    }

    [Fact]
    public async Task Duplicates_count_toward_the_limit()
    {
        await ErrorAsync(WikiReplicaHarness.TitlesQuery([.. Enumerable.Repeat("Freedom", 51)]), "toomanyvalues");
    }

    [Theory]
    [InlineData("format=json&titles=Freedom", "missingparam", "The \"action\" parameter must be set.")]
    [InlineData("action=parse&format=json&titles=Freedom", "badvalue", "Unrecognized value for parameter \"action\": parse.")]
    [InlineData("action=query&titles=Freedom", "missingparam", "The \"format\" parameter must be set.")]
    [InlineData("action=query&format=xml&titles=Freedom", "badvalue", "Unrecognized value for parameter \"format\": xml.")]
    public async Task A_malformed_query_gets_a_MediaWiki_error(string query, string code, string info)
    {
        var error = await ErrorAsync(query, code);

        Assert.Equal(info, error.GetProperty("info").GetString());
    }

    [Theory]
    [InlineData("action=query&format=json&titles=")]
    [InlineData("action=query&format=json")]
    public async Task A_query_without_titles_is_an_empty_batch_as_in_MediaWiki(string query)
    {
        using var response = await wiki.GetAsync(query);

        Assert.Equal("{\"batchcomplete\":\"\"}", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("MediaWiki-API-Error"));
    }

    [Fact]
    public async Task The_root_path_serves_the_api_too()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("Freedom"), path: "/");

        Assert.Equal(["3437"], PageIds(answer));
    }

    [Fact]
    public async Task A_form_post_is_answered_like_a_get()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "query", ["format"] = "json", ["titles"] = "Freedom|USA" });
        using var response = await wiki.Http.PostAsync(wiki.Replica.ApiUrl, form);

        Assert.Equal(["3437", "31975"], PageIds(await WikiReplicaHarness.ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Another_path_is_not_found()
    {
        using var response = await wiki.GetAsync("", path: "/wiki/Freedom");

        Assert.Equal(404, (int)response.StatusCode);
    }
}
