using System.Globalization;

namespace ParallelRepro.Wiki.Api;

/// <summary>
/// Validates parameters in MediaWiki's order (<c>action</c>, then <c>format</c>, then the module's own). The replica
/// serves only <c>action=query</c> with <c>format=json</c>; MediaWiki would answer a missing action with its help page
/// and a missing format as <c>jsonfm</c> (HTML), which the replica answers with an error instead. <c>maxlag</c> is
/// accepted and never refuses: the replica has no replicated database that could lag.
/// </summary>
internal static class ApiRequestParser
{
    /// <summary>MediaWiki's limit on multi-value parameters for ordinary clients (bots get 500).</summary>
    public const int TitlesLimit = 50;
    public const int TitlesHighLimit = 500;

    private static readonly IReadOnlySet<string> Props = Set("info", "pageprops");
    private static readonly IReadOnlySet<string> Metas = Set("siteinfo", "userinfo");
    private static readonly IReadOnlySet<string> InfoProps = Set("protection");
    private static readonly IReadOnlySet<string> SiteInfoProps = Set("general", "namespaces");
    private static readonly IReadOnlySet<string> UserInfoProps = Set("blockinfo", "hasmsg", "groups", "rights");
    // Only formatversion=1 is modelled; a client asking for 2 is warned that it gets 1.
    private static readonly IReadOnlySet<string> FormatVersions = Set("1");

    public static (QueryRequest? Query, ApiError? Error) Parse(IReadOnlyDictionary<string, string> parameters)
    {
        var reader = new ParameterReader(parameters);
        if (reader.Use("action") is not { } action) return (null, ApiError.MissingParam("action"));
        if (action != "query") return (null, ApiError.BadValue("action", action));
        if (reader.Use("format") is not { } format) return (null, ApiError.MissingParam("format"));
        if (format != "json") return (null, ApiError.BadValue("format", format));
        if (reader.Use("maxlag") is { } maxlag && !int.TryParse(maxlag, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            return (null, ApiError.BadInteger("maxlag", maxlag));
        reader.Values("main", "formatversion", FormatVersions);

        var titles = SplitMultiValue(reader.Use("titles") ?? "");
        if (titles.Count > TitlesLimit) return (null, ApiError.TooManyValues("titles", TitlesLimit, TitlesHighLimit));
        var redirects = reader.Has("redirects");
        reader.Use("continue"); // the replica's answers are always complete: nothing to continue
        var modules = Modules(reader);
        return (new QueryRequest(titles, redirects, modules, reader.Warnings()), null);
    }

    /// <summary>Submodule parameters count as recognized only when their submodule runs, as in MediaWiki.</summary>
    private static QueryModules Modules(ParameterReader reader)
    {
        var prop = reader.Values("query", "prop", Props);
        var meta = reader.Values("query", "meta", Metas);
        return QueryModules.None with
        {
            Prop = prop,
            Meta = meta,
            InfoProps = prop.Contains("info") ? reader.Values("info", "inprop", InfoProps) : QueryModules.None.InfoProps,
            SiteInfoProps = meta.Contains("siteinfo") ? reader.Values("siteinfo", "siprop", SiteInfoProps, "general") : QueryModules.None.SiteInfoProps,
            UserInfoProps = meta.Contains("userinfo") ? reader.Values("userinfo", "uiprop", UserInfoProps) : QueryModules.None.UserInfoProps,
        };
    }

    /// <summary>
    /// '|'-separated, or U+001F-separated when the value starts with U+001F (for values containing '|').
    /// An empty value is an empty list, not one empty title.
    /// </summary>
    public static IReadOnlyList<string> SplitMultiValue(string value)
    {
        if (value.Length == 0 || value == "\u001F") return [];
        return value.StartsWith('\u001F') ? value[1..].Split('\u001F') : value.Split('|');
    }

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
