using System.Text.Json;

namespace ParallelRepro.DotNet.Workloads.IoBound;

/// <summary>
/// The requested titles that name an existing page, verbatim or through the answer's "normalized" list; every
/// spelling that maps to a page is kept, not only the first (io_bound 4), as <c>found_titles</c> in wiki.py.
/// </summary>
internal static class FoundTitles
{
    public static IReadOnlyList<string> In(IReadOnlyList<string> requested, JsonElement answer)
    {
        if (!answer.TryGetProperty("query", out var query)) return [];
        var existing = new HashSet<string>(StringComparer.Ordinal);
        if (query.TryGetProperty("pages", out var pages) && pages.ValueKind == JsonValueKind.Object)
        {
            foreach (var page in pages.EnumerateObject().Select(p => p.Value))
            {
                var id = page.TryGetProperty("pageid", out var pageId) && pageId.TryGetInt64(out var value) ? value : -1;
                if (id > 0 && !page.TryGetProperty("missing", out _) && !page.TryGetProperty("invalid", out _))
                    existing.Add(page.GetProperty("title").GetString()!);
            }
        }
        var found = requested.Where(existing.Contains).ToList();
        if (query.TryGetProperty("normalized", out var normalized) && normalized.ValueKind == JsonValueKind.Array)
        {
            var asked = requested.ToHashSet(StringComparer.Ordinal);
            foreach (var pair in normalized.EnumerateArray())
            {
                var from = pair.GetProperty("from").GetString()!;
                if (existing.Contains(pair.GetProperty("to").GetString()!) && asked.Contains(from)) found.Add(from);
            }
        }
        return found;
    }
}
