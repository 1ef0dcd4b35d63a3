using ParallelRepro.Tests.Fixtures;
using Xunit;
using static ParallelRepro.Tests.Fixtures.WikiJson;

namespace ParallelRepro.Tests.Wiki;

/// <summary>Absent and invalid titles: negative stand-in ids, MediaWiki's member names and order.</summary>
public sealed class MissingPageTests : IAsyncLifetime
{
    private WikiReplicaHarness wiki = null!;

    public async Task InitializeAsync() => wiki = await WikiReplicaHarness.StartAsync();

    public async Task DisposeAsync() => await wiki.DisposeAsync();

    [Fact]
    public async Task Absent_titles_get_ids_minus_one_minus_two_in_request_order()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("Nowhere", "Elsewhere"));

        Assert.Equal(["-1", "-2"], PageIds(answer));
        var first = Page(answer, "-1");
        Assert.Equal("Nowhere", first.GetProperty("title").GetString());
        Assert.Equal(0, first.GetProperty("ns").GetInt32());
        Assert.Equal("", first.GetProperty("missing").GetString());
        Assert.False(Has(first, "pageid"));
        Assert.Equal("Elsewhere", Page(answer, "-2").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Missing_pages_come_before_existing_ones()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("Freedom", "Nowhere", "United States"));

        Assert.Equal(["-1", "3437", "3434750"], PageIds(answer));
    }

    [Fact]
    public async Task A_missing_title_is_reported_under_its_normalized_spelling()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("no_where"));

        Assert.Equal(["no_where -> No where"], Pairs(answer, "normalized"));
        Assert.Equal("No where", Page(answer, "-1").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Invalid_titles_take_the_first_stand_in_ids_with_a_reason()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("Nowhere", "Foo[bar]"));

        Assert.Equal(["-2", "-1"], PageIds(answer)); // missing pages are listed first, but invalid ones are numbered first
        var invalid = Page(answer, "-1");
        Assert.Equal("Foo[bar]", invalid.GetProperty("title").GetString());
        Assert.Equal("The requested page title contains invalid characters: \"[\".", invalid.GetProperty("invalidreason").GetString());
        Assert.Equal("", invalid.GetProperty("invalid").GetString());
        Assert.Equal("Nowhere", Page(answer, "-2").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_span_longer_than_255_bytes_is_invalid()
    {
        var longSpan = string.Join(' ', Enumerable.Repeat("United States", 20));

        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery(longSpan));

        Assert.Equal("The requested page title is too long. It must be no longer than 255 bytes in UTF-8 encoding.",
            Page(answer, "-1").GetProperty("invalidreason").GetString());
    }

    [Fact]
    public async Task An_empty_title_among_others_is_invalid()
    {
        var answer = await wiki.GetJsonAsync("action=query&format=json&titles=Freedom||");

        Assert.Equal(["-1", "3437"], PageIds(answer)); // the two empty values are one invalid title
        Assert.Equal("", Page(answer, "-1").GetProperty("title").GetString());
    }
}
