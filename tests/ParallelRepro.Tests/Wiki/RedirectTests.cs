using ParallelRepro.Tests.Fixtures;
using Xunit;
using static ParallelRepro.Tests.Fixtures.WikiJson;

namespace ParallelRepro.Tests.Wiki;

/// <summary>Redirect pages: plain pages without <c>redirects</c>, resolved to their targets with it.</summary>
public sealed class RedirectTests : IAsyncLifetime
{
    private WikiReplicaHarness wiki = null!;

    public async Task InitializeAsync() => wiki = await WikiReplicaHarness.StartAsync();

    public async Task DisposeAsync() => await wiki.DisposeAsync();

    private static string WithRedirects(params string[] titles) => WikiReplicaHarness.TitlesQuery(titles) + "&redirects";

    [Fact]
    public async Task Without_the_parameter_a_redirect_is_an_ordinary_page()
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("USA"));

        Assert.Empty(Pairs(answer, "redirects"));
        Assert.Equal(["31975"], PageIds(answer));
        Assert.Equal("USA", Page(answer, "31975").GetProperty("title").GetString());
    }

    [Fact]
    public async Task With_the_parameter_a_redirect_is_replaced_by_its_target()
    {
        var answer = await wiki.GetJsonAsync(WithRedirects("USA"));

        Assert.Equal(["USA -> United States"], Pairs(answer, "redirects"));
        Assert.Equal(["3434750"], PageIds(answer));
    }

    [Theory]
    [InlineData("redirects")]
    [InlineData("redirects=")]
    [InlineData("redirects=0")]
    [InlineData("redirects=false")]
    public async Task The_parameter_counts_when_present_whatever_its_value(string parameter)
    {
        var answer = await wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("USA") + "&" + parameter);

        Assert.Equal(["USA -> United States"], Pairs(answer, "redirects"));
    }

    [Fact]
    public async Task Normalization_comes_before_redirect_resolution()
    {
        var answer = await wiki.GetJsonAsync(WithRedirects("uSA"));

        Assert.Equal(["uSA -> USA"], Pairs(answer, "normalized"));
        Assert.Equal(["USA -> United States"], Pairs(answer, "redirects"));
        Assert.Equal(["3434750"], PageIds(answer));
    }

    [Fact]
    public async Task A_chain_of_redirects_is_followed_to_the_end()
    {
        var answer = await wiki.GetJsonAsync(WithRedirects("US"));

        Assert.Equal(["US -> USA", "USA -> United States"], Pairs(answer, "redirects"));
        Assert.Equal(["3434750"], PageIds(answer));
    }

    [Fact]
    public async Task A_target_also_requested_appears_once()
    {
        var answer = await wiki.GetJsonAsync(WithRedirects("USA", "United States"));

        Assert.Equal(["USA -> United States"], Pairs(answer, "redirects"));
        Assert.Equal(["3434750"], PageIds(answer));
    }

    [Fact]
    public async Task A_redirect_to_a_section_names_it()
    {
        var answer = await wiki.GetJsonAsync(WithRedirects("Liberty"));

        var redirect = answer.GetProperty("query").GetProperty("redirects")[0];
        Assert.Equal("Freedom", redirect.GetProperty("to").GetString());
        Assert.Equal("Political freedom", redirect.GetProperty("tofragment").GetString());
        Assert.Equal(["3437"], PageIds(answer));
    }

    [Fact]
    public async Task A_redirect_to_an_absent_page_leaves_that_page_missing()
    {
        var answer = await wiki.GetJsonAsync(WithRedirects("Dead end"));

        Assert.Equal(["Dead end -> Nowhere"], Pairs(answer, "redirects"));
        Assert.Equal(["-1"], PageIds(answer));
        Assert.Equal("Nowhere", Page(answer, "-1").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_one_round()
    {
        var answer = await wiki.GetJsonAsync(WithRedirects("Loop A"));

        Assert.Equal(["Loop A -> Loop B", "Loop B -> Loop A"], Pairs(answer, "redirects"));
        Assert.Empty(PageIds(answer));
    }
}
