namespace ParallelRepro.Wiki.Titles;

/// <summary>A page of the replica's wiki: its id, and where it redirects if it is a redirect.</summary>
internal sealed record WikiPage(string Title, long PageId, RedirectTarget? Redirect);

/// <summary>A redirect's target page (normalized) and optional section, as MediaWiki's redirect table holds them.</summary>
internal sealed record RedirectTarget(string Title, string? Fragment);

/// <summary>The wiki the replica serves: pages by normalized title.</summary>
internal sealed class TitleCatalog(IReadOnlyDictionary<string, WikiPage> pages)
{
    public int Count => pages.Count;

    public WikiPage? Find(string normalizedTitle) => pages.GetValueOrDefault(normalizedTitle);
}
