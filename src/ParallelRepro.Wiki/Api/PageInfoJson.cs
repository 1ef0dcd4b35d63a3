using System.Text;
using System.Text.Json.Nodes;

namespace ParallelRepro.Wiki.Api;

/// <summary>
/// <c>prop=info</c> for one page, formatversion=1: content model and language, <c>length</c> (bytes of wikitext),
/// <c>redirect</c> as an empty string when the page is one, and with <c>inprop=protection</c> the (always empty)
/// protection list. Not modelled: revisions, so no <c>touched</c> or <c>lastrevid</c>.
/// </summary>
internal static class PageInfoJson
{
    public static void AddTo(JsonObject json, PageEntry entry, QueryModules modules)
    {
        if (!modules.Info || entry.Kind == PageKind.Invalid) return;
        json["contentmodel"] = "wikitext";
        json["pagelanguage"] = "en";
        json["pagelanguagehtmlcode"] = "en";
        json["pagelanguagedir"] = "ltr";
        if (entry.Page is { } page)
        {
            json["length"] = Encoding.UTF8.GetByteCount(page.Wikitext);
            if (page.Redirect is not null) json["redirect"] = "";
        }
        if (modules.InfoProps.Contains("protection"))
        {
            json["protection"] = new JsonArray();
            json["restrictiontypes"] = entry.Kind == PageKind.Existing ? new JsonArray("edit", "move") : new JsonArray("create");
        }
    }
}
