using System.Text.Json;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>Small readers for MediaWiki answers, so assertions say what they check.</summary>
internal static class WikiJson
{
    /// <summary>The keys of <c>query.pages</c> in document order.</summary>
    public static string[] PageIds(JsonElement answer)
        => answer.GetProperty("query").TryGetProperty("pages", out var pages) ? [.. pages.EnumerateObject().Select(p => p.Name)] : [];

    public static JsonElement Page(JsonElement answer, string id) => answer.GetProperty("query").GetProperty("pages").GetProperty(id);

    /// <summary><c>from -&gt; to</c> pairs of a <c>normalized</c> or <c>redirects</c> list; empty when the list is absent.</summary>
    public static string[] Pairs(JsonElement answer, string list)
        => answer.TryGetProperty("query", out var query) && query.TryGetProperty(list, out var entries)
            ? [.. entries.EnumerateArray().Select(e => $"{e.GetProperty("from").GetString()} -> {e.GetProperty("to").GetString()}")]
            : [];

    public static bool Has(JsonElement element, string name) => element.TryGetProperty(name, out _);
}
