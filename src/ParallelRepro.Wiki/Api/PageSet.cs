using ParallelRepro.Wiki.Titles;

namespace ParallelRepro.Wiki.Api;

/// <summary>
/// Resolves requested titles the way MediaWiki's <c>ApiPageSet</c> does: title normalization (each change
/// reported once per spelling), invalid titles set aside, one entry per distinct page, and, with
/// <c>redirects</c>, redirects followed (chains too, loops stopped) to their targets, which join the result.
/// Invalid titles take stand-in ids -1, -2, ... first; missing pages take the next ones in request order.
/// Not modelled: MediaWiki's Unicode NFC step (reported as <c>fromencoded: true</c>), because the repository runs
/// with invariant globalization, where .NET cannot normalize; the program's titles are ASCII anyway.
/// </summary>
internal sealed class PageSet(TitleCatalog catalog, bool resolveRedirects)
{
    private readonly Dictionary<string, long> idOfTitle = new(StringComparer.Ordinal);
    private readonly HashSet<string> seenInvalid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Normalization> normalized = new(StringComparer.Ordinal);
    private readonly List<Redirection> redirects = [];
    private readonly List<PageEntry> missing = [], invalid = [], existing = [];
    private long nextStandInId = -1;

    public QueryResult Resolve(IReadOnlyList<string> titles)
    {
        var batch = Normalize(titles);
        while (batch.Count > 0) batch = Look(batch);
        // MediaWiki lists missing pages, then invalid titles, then existing pages.
        return new QueryResult([.. normalized.Values], redirects, [.. missing, .. invalid, .. existing]);
    }

    private List<string> Normalize(IReadOnlyList<string> titles)
    {
        var batch = new List<string>();
        foreach (var text in titles)
        {
            var parsed = TitleCodec.Parse(text);
            if (!parsed.IsValid)
            {
                if (seenInvalid.Add(text)) invalid.Add(new PageEntry(nextStandInId--, PageKind.Invalid, text, parsed.InvalidReason));
                continue;
            }
            if (text != parsed.Text) normalized.TryAdd(text, new Normalization(text, parsed.Text!, false));
            if (!batch.Contains(parsed.Text!)) batch.Add(parsed.Text!);
        }
        return batch;
    }

    /// <summary>Looks a batch up; returns the redirect targets still to look up.</summary>
    private List<string> Look(List<string> batch)
    {
        var next = new List<string>();
        foreach (var title in batch.Where(t => !idOfTitle.ContainsKey(t)))
        {
            if (catalog.Find(title) is not { } page)
            {
                idOfTitle[title] = nextStandInId;
                missing.Add(new PageEntry(nextStandInId--, PageKind.Missing, title));
            }
            else if (resolveRedirects && page.Redirect is { } target)
            {
                idOfTitle[title] = page.PageId;
                redirects.Add(new Redirection(page.Title, target.Title, target.Fragment));
                if (!idOfTitle.ContainsKey(target.Title) && !next.Contains(target.Title)) next.Add(target.Title);
            }
            else
            {
                idOfTitle[title] = page.PageId;
                existing.Add(new PageEntry(page.PageId, PageKind.Existing, page.Title, Page: page));
            }
        }
        return next;
    }
}
