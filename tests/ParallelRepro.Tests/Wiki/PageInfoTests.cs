using System.Text.Json;
using ParallelRepro.Tests.Fixtures;
using Xunit;
using static ParallelRepro.Tests.Fixtures.WikiJson;

namespace ParallelRepro.Tests.Wiki;

/// <summary><c>prop=info</c>: the <c>redirect</c> flag, <c>length</c> in UTF-8 bytes of wikitext, and <c>inprop=protection</c>.</summary>
public sealed class PageInfoTests : IAsyncLifetime
{
    private WikiReplicaHarness wiki = null!;

    public async Task InitializeAsync() => wiki = await WikiReplicaHarness.StartAsync();

    public async Task DisposeAsync() => await wiki.DisposeAsync();

    private async Task<JsonElement> InfoAsync(string id, string title, string extra = "")
        => Page(await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery(title) + "&prop=info" + extra), id);

    [Fact]
    public async Task A_redirect_page_is_flagged_and_measured_by_its_redirect_line()
    {
        var usa = await InfoAsync("31975", "USA");

        Assert.Equal("", usa.GetProperty("redirect").GetString());
        Assert.Equal(27, usa.GetProperty("length").GetInt32()); // "#REDIRECT [[United States]]"
        Assert.Equal("wikitext", usa.GetProperty("contentmodel").GetString());
    }

    [Fact]
    public async Task An_article_is_not_a_redirect_and_its_length_counts_bytes()
    {
        var freedom = await InfoAsync("3437", "Freedom");
        var cafe = await InfoAsync("123456", "Café");

        Assert.False(Has(freedom, "redirect"));
        Assert.Equal(58, freedom.GetProperty("length").GetInt32());
        Assert.Equal(56, cafe.GetProperty("length").GetInt32()); // é is two bytes
    }

    [Fact]
    public async Task Without_prop_info_pages_carry_no_info()
    {
        var usa = Page(await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("USA")), "31975");

        Assert.False(Has(usa, "redirect"));
        Assert.False(Has(usa, "length"));
    }

    [Fact]
    public async Task A_missing_page_has_no_length_and_can_only_be_created()
    {
        var missing = await InfoAsync("-1", "Nowhere", "&inprop=protection");

        Assert.Equal("", missing.GetProperty("missing").GetString());
        Assert.False(Has(missing, "length"));
        Assert.Equal(["create"], missing.GetProperty("restrictiontypes").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(0, missing.GetProperty("protection").GetArrayLength());
    }

    [Fact]
    public async Task Resolved_redirects_leave_only_the_target_which_is_no_redirect()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("USA") + "&prop=info&redirects");

        Assert.Equal(["USA -> United States"], Pairs(answer, "redirects"));
        Assert.False(Has(Page(answer, "3434750"), "redirect"));
    }
}
