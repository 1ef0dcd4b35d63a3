using System.Globalization;

namespace ParallelRepro.Wiki.Titles;

/// <summary>
/// Reads the title list the workloads ship (<c>ppp/io_bound/data/wiki_titles.tsv</c>): one page per line,
/// <c>title &lt;TAB&gt; pageid [&lt;TAB&gt; redirect target]</c>; blank lines and lines starting with <c>#</c>
/// are skipped. Titles are normalized as MediaWiki would store them; every problem names its line.
/// </summary>
internal static class TitleCatalogLoader
{
    public static TitleCatalog Load(string path)
    {
        if (!File.Exists(path))
            throw new WikiReplicaException($"wiki title list not found: {path}");
        var pages = new Dictionary<string, WikiPage>(StringComparer.Ordinal);
        var lineOfTitle = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineOfId = new Dictionary<long, int>();
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var page = ParseLine(line, $"{path}:{lineNumber}");
            if (!lineOfTitle.TryAdd(page.Title, lineNumber))
                throw new WikiReplicaException($"{path}:{lineNumber}: title '{page.Title}' is already on line {lineOfTitle[page.Title]}");
            if (!lineOfId.TryAdd(page.PageId, lineNumber))
                throw new WikiReplicaException($"{path}:{lineNumber}: page id {page.PageId} is already on line {lineOfId[page.PageId]}");
            pages[page.Title] = page;
        }
        return new TitleCatalog(pages);
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WikiReplicaException($"cannot read wiki title list {path}: {e.Message}", e);
        }
    }

    private static WikiPage ParseLine(string line, string where)
    {
        var fields = line.Split('\t');
        if (fields.Length is < 2 or > 3)
            throw new WikiReplicaException($"{where}: expected title<TAB>pageid[<TAB>redirect target], found {fields.Length} field(s)");
        var title = TitleCodec.Parse(fields[0]);
        if (!title.IsValid)
            throw new WikiReplicaException($"{where}: invalid title '{fields[0]}': {title.InvalidReason}");
        if (title.Fragment is not null)
            throw new WikiReplicaException($"{where}: a page title cannot have a '#' section: '{fields[0]}'");
        if (!long.TryParse(fields[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
            throw new WikiReplicaException($"{where}: invalid page id '{fields[1]}': expected a whole number >= 1");
        return new WikiPage(title.Text!, id, ParseRedirect(fields.Length == 3 ? fields[2] : "", where));
    }

    private static RedirectTarget? ParseRedirect(string field, string where)
    {
        if (field.Trim().Length == 0) return null;
        var target = TitleCodec.Parse(field);
        if (!target.IsValid)
            throw new WikiReplicaException($"{where}: invalid redirect target '{field}': {target.InvalidReason}");
        return new RedirectTarget(target.Text!, target.Fragment);
    }
}
