using System.Text.Json;
using ParallelRepro.Tests.Fixtures;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary><c>meta=siteinfo</c> and <c>meta=userinfo</c>: what a client asks for at start-up, in formatversion=1's shape.</summary>
public sealed class SiteInfoTests : IAsyncLifetime
{
    private WikiReplicaHarness wiki = null!;

    public async Task InitializeAsync() => wiki = await WikiReplicaHarness.StartAsync();

    public async Task DisposeAsync() => await wiki.DisposeAsync();

    private Task<JsonElement> QueryAsync(string parameters) => wiki.GetJsonAsync("action=query&format=json&" + parameters);

    [Fact]
    public async Task General_names_the_site_its_generator_case_and_language()
    {
        var general = (await QueryAsync("meta=siteinfo&siprop=general")).GetProperty("query").GetProperty("general");

        Assert.Equal("ParallelRepro wiki replica", general.GetProperty("sitename").GetString());
        Assert.Matches(@"^MediaWiki 1\.\d+\.\d+$", general.GetProperty("generator").GetString());
        Assert.Equal("first-letter", general.GetProperty("case").GetString());
        Assert.Equal("en", general.GetProperty("lang").GetString());
        Assert.Equal($"http://127.0.0.1:{wiki.Replica.Port}", general.GetProperty("server").GetString());
    }

    [Fact]
    public async Task Namespaces_are_keyed_by_id_with_their_names_under_star()
    {
        var namespaces = (await QueryAsync("meta=siteinfo&siprop=namespaces")).GetProperty("query").GetProperty("namespaces");

        Assert.Equal(["-2", "-1", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"], namespaces.EnumerateObject().Select(p => p.Name));
        Assert.Equal("", namespaces.GetProperty("0").GetProperty("*").GetString());
        Assert.Equal("", namespaces.GetProperty("0").GetProperty("content").GetString());
        Assert.Equal("Category", namespaces.GetProperty("14").GetProperty("*").GetString());
        Assert.Equal(14, namespaces.GetProperty("14").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Siteinfo_without_siprop_gives_general_only()
    {
        var query = (await QueryAsync("meta=siteinfo")).GetProperty("query");

        Assert.True(WikiJson.Has(query, "general"));
        Assert.False(WikiJson.Has(query, "namespaces"));
    }

    [Fact]
    public async Task Userinfo_is_an_anonymous_reader_named_by_address()
    {
        var user = (await QueryAsync("meta=userinfo&uiprop=groups|rights|blockinfo|hasmsg")).GetProperty("query").GetProperty("userinfo");

        Assert.Equal(0, user.GetProperty("id").GetInt32());
        Assert.Equal("127.0.0.1", user.GetProperty("name").GetString());
        Assert.Equal("", user.GetProperty("anon").GetString());
        Assert.Equal(["*"], user.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.False(WikiJson.Has(user, "blockedby")); // not blocked
        Assert.False(WikiJson.Has(user, "messages"));
    }
}
