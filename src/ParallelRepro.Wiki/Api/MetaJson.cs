using System.Text.Json.Nodes;

namespace ParallelRepro.Wiki.Api;

/// <summary>Where a request came from and went to: what <c>meta=siteinfo</c> and <c>meta=userinfo</c> report.</summary>
/// <param name="Server">Scheme, host and port, e.g. <c>http://127.0.0.1:41234</c>.</param>
/// <param name="ApiPath">The API's path on the server, e.g. <c>/w/api.php</c>.</param>
/// <param name="ClientAddress">The client's IP address: an anonymous user's name in MediaWiki.</param>
internal sealed record ApiCaller(string Server, string ApiPath, string ClientAddress)
{
    public string ApiUrl => Server + ApiPath;
}

/// <summary>
/// <c>meta=siteinfo</c> (general, namespaces) and <c>meta=userinfo</c> for an anonymous reader, formatversion=1:
/// what clients such as mwclient ask for when they start. The wiki claims the MediaWiki version whose API
/// behaviour the replica follows (1.39: error codes of 1.35 and later).
/// </summary>
internal static class MetaJson
{
    public const string Generator = "MediaWiki 1.39.0";
    public const string SiteName = "ParallelRepro wiki replica";

    private static readonly (int Id, string Name)[] Namespaces =
    [
        (-2, "Media"), (-1, "Special"), (0, ""), (1, "Talk"), (2, "User"), (3, "User talk"), (4, "Project"), (5, "Project talk"),
        (6, "File"), (7, "File talk"), (8, "MediaWiki"), (9, "MediaWiki talk"), (10, "Template"), (11, "Template talk"),
        (12, "Help"), (13, "Help talk"), (14, "Category"), (15, "Category talk"),
    ];

    public static void AddTo(JsonObject query, QueryModules modules, ApiCaller caller)
    {
        if (modules.SiteInfoProps.Contains("general")) query["general"] = General(caller);
        if (modules.SiteInfoProps.Contains("namespaces")) query["namespaces"] = NamespacesJson();
        if (modules.Meta.Contains("userinfo")) query["userinfo"] = UserInfo(modules.UserInfoProps, caller);
    }

    private static JsonObject General(ApiCaller caller) => new()
    {
        ["mainpage"] = "Main Page",
        ["base"] = caller.Server + "/wiki/Main_Page",
        ["sitename"] = SiteName,
        ["generator"] = Generator,
        ["case"] = "first-letter",
        ["lang"] = "en",
        ["articlepath"] = "/wiki/$1",
        ["scriptpath"] = "/w",
        ["script"] = "/w/index.php",
        ["server"] = caller.Server,
        ["servername"] = new Uri(caller.Server).Host,
        ["wikiid"] = "parallelrepro",
    };

    private static JsonObject NamespacesJson()
    {
        var result = new JsonObject();
        foreach (var (id, name) in Namespaces)
        {
            var entry = new JsonObject { ["id"] = id, ["case"] = "first-letter" };
            if (id == 0) entry["content"] = "";
            else entry["canonical"] = name;
            entry["*"] = name;
            result[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = entry;
        }
        return result;
    }

    // Not blocked and no messages: blockinfo and hasmsg add nothing, as for a real anonymous reader.
    private static JsonObject UserInfo(IReadOnlySet<string> props, ApiCaller caller)
    {
        var user = new JsonObject { ["id"] = 0, ["name"] = caller.ClientAddress, ["anon"] = "" };
        if (props.Contains("groups")) user["groups"] = new JsonArray("*");
        if (props.Contains("rights")) user["rights"] = new JsonArray("read");
        return user;
    }
}
