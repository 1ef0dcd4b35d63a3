using System.Globalization;
using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>
/// A real MediaWiki client, Debian's python3-mwclient, against the replica: the default <c>Site()</c> start-up
/// (siteinfo, userinfo), page lookup, normalization, redirect detection and resolution, a missing page, and no
/// warnings about what it sends. The session script is <c>TestData/Wiki/mwclient_session.py</c>.
/// </summary>
public sealed class MwclientTests(MwclientTests.Session session) : IClassFixture<MwclientTests.Session>
{
    /// <summary>One mwclient session per class: what the client saw, as JSON.</summary>
    public sealed class Session : IAsyncLifetime
    {
        public JsonElement Seen { get; private set; }

        public async Task InitializeAsync()
        {
            await using var wiki = await WikiReplicaHarness.StartAsync();
            var host = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{wiki.Replica.Port}");
            var run = await ProcessRunner.RunAsync(new ProcessSpec(Repo.Python, [Repo.TestData("Wiki", "mwclient_session.py"), host]) { Timeout = TimeSpan.FromMinutes(2) });
            Assert.True(run.Succeeded, $"mwclient session failed (exit {run.ExitCode}); is python3-mwclient installed?\n{run.StandardErrorTail}");
            using var document = JsonDocument.Parse(run.StandardOutput);
            Seen = document.RootElement.Clone();
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    private readonly JsonElement seen = session.Seen;

    private string? Text(string name) => seen.GetProperty(name).GetString();

    [Fact]
    public void The_default_site_constructor_reads_siteinfo_and_userinfo()
    {
        Assert.StartsWith("MediaWiki 1.", Text("generator"), StringComparison.Ordinal);
        Assert.Equal("ParallelRepro wiki replica", Text("sitename"));
        Assert.Equal("Category", seen.GetProperty("namespaces").GetProperty("14").GetString());
        Assert.Equal("127.0.0.1", Text("username"));
        Assert.False(seen.GetProperty("logged_in").GetBoolean());
    }

    [Fact]
    public void A_page_is_found_by_its_title_and_by_spellings_MediaWiki_normalizes()
    {
        var freedom = seen.GetProperty("freedom");
        Assert.Equal(("Freedom", true, 3437), (freedom.GetProperty("name").GetString(), freedom.GetProperty("exists").GetBoolean(), freedom.GetProperty("pageid").GetInt32()));
        Assert.Equal("Freedom", seen.GetProperty("lowercase").GetProperty("name").GetString());
        Assert.Equal("Constitution of the United States", seen.GetProperty("underscores").GetProperty("name").GetString());
        Assert.False(seen.GetProperty("freedom").GetProperty("redirect").GetBoolean());
    }

    [Fact]
    public void A_redirect_is_detected_and_resolved_one_hop_at_a_time()
    {
        Assert.True(seen.GetProperty("usa").GetProperty("redirect").GetBoolean());
        Assert.Equal(27, seen.GetProperty("usa").GetProperty("length").GetInt32());
        Assert.Equal("United States", Text("usa_target"));
        Assert.False(seen.GetProperty("usa_target_redirect").GetBoolean());
        Assert.Equal("USA", Text("chain_target")); // US -> USA -> United States: mwclient follows the first hop
    }

    [Fact]
    public void A_missing_page_does_not_exist()
    {
        var missing = seen.GetProperty("missing");
        Assert.False(missing.GetProperty("exists").GetBoolean());
        Assert.Equal("Nowhere", missing.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("pageid").ValueKind);
    }

    [Fact]
    public void Nothing_mwclient_sends_is_warned_about()
    {
        Assert.Equal(0, seen.GetProperty("warnings").GetArrayLength());
    }
}
