using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Wiki;
using ParallelRepro.Wiki.Titles;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>The title list TSV: what it accepts, and one-line errors naming the file and line for what it does not.</summary>
public sealed class TitleCatalogLoaderTests : IDisposable
{
    private readonly DirectoryInfo scratch = Directory.CreateTempSubdirectory("wiki-titles-");

    public void Dispose() => scratch.Delete(recursive: true);

    private string Write(string content)
    {
        var path = Path.Combine(scratch.FullName, "wiki_titles.tsv");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void The_fixture_loads_with_its_redirects()
    {
        var catalog = TitleCatalogLoader.Load(WikiReplicaHarness.FixtureTitles);

        Assert.Equal(11, catalog.Count);
        Assert.Equal(new RedirectTarget("Freedom", "Political freedom"), catalog.Find("Liberty")!.Redirect);
        Assert.Null(catalog.Find("Freedom")!.Redirect);
    }

    [Fact]
    public void Comments_blank_lines_CRLF_and_an_empty_redirect_field_are_accepted()
    {
        var catalog = TitleCatalogLoader.Load(Write("# pages\r\n\r\nunited_States\t1\t\r\n  # indented comment\r\nUSA\t2\tunited States\r\n"));

        Assert.Equal(2, catalog.Count);
        Assert.Null(catalog.Find("United States")!.Redirect);
        Assert.Equal("United States", catalog.Find("USA")!.Redirect!.Title); // stored normalized
    }

    [Theory]
    [InlineData("A\t1\nB\n", ":2: expected title<TAB>pageid[<TAB>redirect target], found 1 field(s)")]
    [InlineData("A\t1\tB\tC\n", ":1: expected title<TAB>pageid[<TAB>redirect target], found 4 field(s)")]
    [InlineData("A\tone\n", ":1: invalid page id 'one': expected a whole number >= 1")]
    [InlineData("A\t0\n", ":1: invalid page id '0'")]
    [InlineData("A\t-5\n", ":1: invalid page id '-5'")]
    [InlineData("A[1]\t1\n", ":1: invalid title 'A[1]': The requested page title contains invalid characters: \"[\".")]
    [InlineData("A#s\t1\n", ":1: a page title cannot have a '#' section")]
    [InlineData("A\t1\tB|C\n", ":1: invalid redirect target 'B|C'")]
    [InlineData("# c\nUnited States\t1\nunited_States\t2\n", ":3: title 'United States' is already on line 2")]
    [InlineData("A\t7\nB\t7\n", ":2: page id 7 is already on line 1")]
    public void A_malformed_line_is_named_with_its_number(string content, string expected)
    {
        var path = Write(content);

        var error = Assert.Throws<WikiReplicaException>(() => TitleCatalogLoader.Load(path));

        Assert.StartsWith(path + expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(scratch.FullName, "absent.tsv");

        var error = Assert.Throws<WikiReplicaException>(() => TitleCatalogLoader.Load(path));

        Assert.Equal($"wiki title list not found: {path}", error.Message);
    }

    [Fact]
    public async Task Starting_with_a_malformed_list_fails_before_binding()
    {
        var options = WikiReplicaHarness.DefaultOptions with { TitlesPath = Write("A\tx\n") };

        var error = await Assert.ThrowsAsync<WikiReplicaException>(() => WikiReplica.StartAsync(options));

        Assert.Contains(":1: invalid page id 'x'", error.Message, StringComparison.Ordinal);
    }
}
