namespace ParallelRepro.Wiki.Titles;

/// <summary>A page of the replica's wiki: its id, and where it redirects if it is a redirect.</summary>
internal sealed record WikiPage(string Title, long PageId, RedirectTarget? Redirect)
{
    /// <summary>
    /// The page's wikitext: a redirect's <c>#REDIRECT</c> line, else a one-line stub, since the title list carries no
    /// page text. <c>prop=info</c> reports its size in UTF-8 bytes as <c>length</c>, as MediaWiki does.
    /// </summary>
    public string Wikitext => Redirect is { } target
        ? $"#REDIRECT [[{target.Title}{(target.Fragment is null ? "" : "#" + target.Fragment)}]]"
        : $"'''{Title}''' is a page of the ParallelRepro wiki replica.";
}

/// <summary>A redirect's target page (normalized) and optional section, as MediaWiki's redirect table holds them.</summary>
internal sealed record RedirectTarget(string Title, string? Fragment);

/// <summary>The wiki the replica serves: pages by normalized title.</summary>
internal sealed class TitleCatalog(IReadOnlyDictionary<string, WikiPage> pages)
{
    public int Count => pages.Count;

    public WikiPage? Find(string normalizedTitle) => pages.GetValueOrDefault(normalizedTitle);
}
