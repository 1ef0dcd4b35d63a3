using System.Text.Json;
using ParallelRepro.Tests.Fixtures;
using Xunit;
using static ParallelRepro.Tests.Fixtures.WikiJson;

namespace ParallelRepro.Tests.Wiki;

/// <summary>
/// What MediaWiki warns about (unrecognized parameters and values, per module, legacy format) and what it accepts
/// silently (<c>maxlag</c>, <c>continue</c>, submodule parameters of submodules that run).
/// </summary>
public sealed class WarningTests : IAsyncLifetime
{
    private WikiReplicaHarness wiki = null!;

    public async Task InitializeAsync() => wiki = await WikiReplicaHarness.StartAsync();

    public async Task DisposeAsync() => await wiki.DisposeAsync();

    private Task<JsonElement> QueryAsync(string extra) => wiki.GetJsonAsync(WikiReplicaHarness.TitlesQuery("Freedom") + extra);

    private static string? Warning(JsonElement answer, string module)
        => answer.TryGetProperty("warnings", out var warnings) && warnings.TryGetProperty(module, out var entry) ? entry.GetProperty("*").GetString() : null;

    [Theory]
    [InlineData("&foo=1", "Unrecognized parameter: foo.")]
    [InlineData("&foo=1&bar=&baz", "Unrecognized parameters: foo, bar, baz.")]
    [InlineData("&inprop=protection", "Unrecognized parameter: inprop.")] // inprop without prop=info
    public async Task Unrecognized_parameters_are_warned_about_by_main(string extra, string expected)
    {
        var answer = await QueryAsync(extra);

        Assert.Equal(expected, Warning(answer, "main"));
        Assert.Equal(["3437"], PageIds(answer)); // a warning, not an error: the query is still answered
    }

    [Fact]
    public async Task Unrecognized_values_are_warned_about_by_the_parameters_module()
    {
        var answer = await QueryAsync("&prop=info|revisions|extracts&inprop=protection|watchers&meta=siteinfo&siprop=general|statistics");

        Assert.Equal("Unrecognized values for parameter \"prop\": revisions, extracts.", Warning(answer, "query"));
        Assert.Equal("Unrecognized value for parameter \"inprop\": watchers.", Warning(answer, "info"));
        Assert.Equal("Unrecognized value for parameter \"siprop\": statistics.", Warning(answer, "siteinfo"));
        Assert.Null(Warning(answer, "main"));
    }

    [Fact]
    public async Task Two_warnings_of_one_module_are_joined_by_a_newline()
    {
        var answer = await QueryAsync("&prop=revisions&meta=tokens");

        Assert.Equal("Unrecognized value for parameter \"prop\": revisions.\nUnrecognized value for parameter \"meta\": tokens.", Warning(answer, "query"));
    }

    [Fact]
    public async Task Warnings_come_first_in_the_answer()
    {
        using var response = await wiki.GetAsync(WikiReplicaHarness.TitlesQuery("Freedom") + "&foo=1");

        Assert.StartsWith("{\"warnings\":{\"main\":{\"*\":", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&maxlag=5")]
    [InlineData("&maxlag=5&continue=&redirects&formatversion=1")]
    [InlineData("&prop=info|pageprops&inprop=protection&meta=siteinfo|userinfo&siprop=general|namespaces&uiprop=groups|rights|blockinfo|hasmsg")]
    public async Task What_the_workload_and_mwclient_send_is_recognized(string extra)
    {
        var answer = await QueryAsync(extra);

        Assert.False(Has(answer, "warnings"), answer.ToString());
        Assert.Equal(["3437"], PageIds(answer));
    }

    [Fact]
    public async Task A_non_integer_maxlag_is_a_badinteger_error()
    {
        using var response = await wiki.GetAsync(WikiReplicaHarness.TitlesQuery("Freedom") + "&maxlag=soon");
        var error = (await WikiReplicaHarness.ReadJsonAsync(response)).GetProperty("error");

        Assert.Equal("badinteger", error.GetProperty("code").GetString());
        Assert.Equal("Invalid value \"soon\" for integer parameter \"maxlag\".", error.GetProperty("info").GetString());
    }
}
