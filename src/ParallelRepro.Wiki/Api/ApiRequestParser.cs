namespace ParallelRepro.Wiki.Api;

/// <summary>
/// Validates parameters in MediaWiki's order (<c>action</c>, then <c>format</c>, then the module's own). The replica
/// serves only <c>action=query</c> with <c>format=json</c>; MediaWiki would answer a missing action with its help page
/// and a missing format as <c>jsonfm</c> (HTML), which the replica answers with an error instead.
/// </summary>
internal static class ApiRequestParser
{
    /// <summary>MediaWiki's limit on multi-value parameters for ordinary clients (bots get 500).</summary>
    public const int TitlesLimit = 50;
    public const int TitlesHighLimit = 500;

    public static (QueryRequest? Query, ApiError? Error) Parse(IReadOnlyDictionary<string, string> parameters)
    {
        if (!parameters.TryGetValue("action", out var action)) return (null, ApiError.MissingParam("action"));
        if (action != "query") return (null, ApiError.BadValue("action", action));
        if (!parameters.TryGetValue("format", out var format)) return (null, ApiError.MissingParam("format"));
        if (format != "json") return (null, ApiError.BadValue("format", format));

        var titles = SplitMultiValue(parameters.GetValueOrDefault("titles", ""));
        if (titles.Count > TitlesLimit) return (null, ApiError.TooManyValues("titles", TitlesLimit, TitlesHighLimit));
        return (new QueryRequest(titles, parameters.ContainsKey("redirects")), null);
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
}
