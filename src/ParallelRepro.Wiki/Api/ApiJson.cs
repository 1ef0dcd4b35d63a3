using System.Globalization;
using System.Text.Json.Nodes;

namespace ParallelRepro.Wiki.Api;

/// <summary>
/// MediaWiki's JSON, formatversion=1: booleans as empty strings (<c>"missing":""</c>), <c>pages</c> as an object
/// keyed by page id as a string, non-ASCII escaped as <c>\uXXXX</c> (System.Text.Json's default encoder does that too).
/// </summary>
internal static class ApiJson
{
    /// <summary>MediaWiki's help pointer, sent as the <c>*</c> member of every error.</summary>
    public static string HelpText(string apiUrl)
        => $"See {apiUrl} for API usage. Subscribe to the mediawiki-api-announce mailing list at &lt;https://lists.wikimedia.org/postorius/lists/mediawiki-api-announce.lists.wikimedia.org/&gt; for notice of API deprecations and breaking changes.";

    public static string Query(QueryRequest request, QueryResult result, ApiCaller caller)
    {
        var root = new JsonObject();
        if (request.Warnings.Count > 0) root["warnings"] = Warnings(request.Warnings);
        root["batchcomplete"] = "";
        var query = new JsonObject();
        if (result.Normalized.Count > 0) query["normalized"] = new JsonArray([.. result.Normalized.Select(Normalized)]);
        if (result.Redirects.Count > 0) query["redirects"] = new JsonArray([.. result.Redirects.Select(Redirect)]);
        if (result.Pages.Count > 0) query["pages"] = Pages(result.Pages, request.Modules);
        MetaJson.AddTo(query, request.Modules, caller);
        if (query.Count > 0) root["query"] = query;
        return root.ToJsonString();
    }

    /// <summary>Per module, its warnings joined by newlines under <c>*</c> (the legacy error format).</summary>
    private static JsonObject Warnings(IEnumerable<ApiWarning> warnings)
    {
        var result = new JsonObject();
        foreach (var module in warnings.GroupBy(w => w.Module))
            result[module.Key] = new JsonObject { ["*"] = string.Join('\n', module.Select(w => w.Text)) };
        return result;
    }

    public static string Error(ApiError error, string apiUrl)
    {
        var body = new JsonObject { ["code"] = error.Code, ["info"] = error.Info };
        foreach (var (key, value) in error.Data ?? []) body[key] = value;
        body["*"] = HelpText(apiUrl);
        return new JsonObject { ["error"] = body }.ToJsonString();
    }

    private static JsonObject Normalized(Normalization n)
        => new() { ["fromencoded"] = n.FromEncoded, ["from"] = n.From, ["to"] = n.To };

    private static JsonObject Redirect(Redirection r)
    {
        var entry = new JsonObject { ["from"] = r.From, ["to"] = r.To };
        if (r.ToFragment is not null) entry["tofragment"] = r.ToFragment;
        return entry;
    }

    private static JsonObject Pages(IEnumerable<PageEntry> pages, QueryModules modules)
    {
        var result = new JsonObject();
        foreach (var page in pages)
        {
            var json = Page(page);
            PageInfoJson.AddTo(json, page, modules);
            result[page.Id.ToString(CultureInfo.InvariantCulture)] = json;
        }
        return result;
    }

    private static JsonObject Page(PageEntry page) => page.Kind switch
    {
        PageKind.Existing => new JsonObject { ["pageid"] = page.Id, ["ns"] = 0, ["title"] = page.Title },
        PageKind.Missing => new JsonObject { ["ns"] = 0, ["title"] = page.Title, ["missing"] = "" },
        _ => new JsonObject { ["title"] = page.Title, ["invalidreason"] = page.InvalidReason, ["invalid"] = "" },
    };
}
