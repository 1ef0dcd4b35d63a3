using ParallelRepro.Tests.Fixtures;
using Xunit;
using static ParallelRepro.Tests.Fixtures.WikiJson;

namespace ParallelRepro.Tests.Wiki;

/// <summary>MediaWiki's title normalization as the I/O program sees it: the <c>normalized</c> list and the page it leads to.</summary>
public sealed class NormalizationTests : IAsyncLifetime
{
    private WikiReplicaHarness wiki = null!;

    public async Task InitializeAsync() => wiki = await WikiReplicaHarness.StartAsync();

    public async Task DisposeAsync() => await wiki.DisposeAsync();

    [Fact]
    public async Task Lower_case_first_letter_and_underscores_are_normalized_and_reported()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("united_States"));

        Assert.Equal(["united_States -> United States"], Pairs(answer, "normalized"));
        var entry = answer.GetProperty("query").GetProperty("normalized")[0];
        Assert.False(entry.GetProperty("fromencoded").GetBoolean());
        Assert.Equal(["3434750"], PageIds(answer));
        Assert.Equal("United States", Page(answer, "3434750").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Spaces_are_trimmed_and_collapsed()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("  Washington,   D.C. "));

        Assert.Equal(["  Washington,   D.C.  -> Washington, D.C."], Pairs(answer, "normalized"));
        Assert.Equal(["108956"], PageIds(answer));
    }

    [Fact]
    public async Task Only_the_first_letter_is_case_insensitive()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("united states"));

        Assert.Equal(["united states -> United states"], Pairs(answer, "normalized"));
        Assert.True(Has(Page(answer, "-1"), "missing"));
    }

    [Fact]
    public async Task A_title_sent_as_stored_has_no_normalized_list()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("United States", "Freedom"));

        Assert.False(Has(answer.GetProperty("query"), "normalized"));
        Assert.Equal(["3434750", "3437"], PageIds(answer));
        var page = Page(answer, "3437");
        Assert.Equal(3437, page.GetProperty("pageid").GetInt64());
        Assert.Equal(0, page.GetProperty("ns").GetInt32());
    }

    [Fact]
    public async Task Two_spellings_of_one_page_give_one_page_and_a_normalization_each()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("freedom", "Freedom", "freedom", "Freedom_"));

        Assert.Equal(["freedom -> Freedom", "Freedom_ -> Freedom"], Pairs(answer, "normalized"));
        Assert.Equal(["3437"], PageIds(answer));
    }

    [Fact]
    public async Task A_section_is_dropped_from_the_title()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("Freedom#History"));

        Assert.Equal(["Freedom#History -> Freedom"], Pairs(answer, "normalized"));
        Assert.Equal(["3437"], PageIds(answer));
    }

    [Fact]
    public async Task A_non_ASCII_first_letter_is_upper_cased_too()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("café"));

        Assert.Equal(["café -> Café"], Pairs(answer, "normalized"));
        Assert.Equal(["123456"], PageIds(answer));
    }

    [Fact]
    public async Task The_answer_is_MediaWiki_json_with_batchcomplete()
    {
        using var response = await wiki.GetAsync(WikiReplicaHarness.TitlesQuery("Freedom"));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"batchcomplete\":\"\",\"query\":{\"pages\":{\"3437\":{\"pageid\":3437,\"ns\":0,\"title\":\"Freedom\"}}}}",
            await response.Content.ReadAsStringAsync());
    }
}
