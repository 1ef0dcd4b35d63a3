namespace ParallelRepro.Wiki.Api;

/// <summary>
/// A MediaWiki API error in the default (legacy, formatversion=1) shape: <c>{"error":{"code","info",...data,"*"}}</c>,
/// sent with HTTP 200 and a <c>MediaWiki-API-Error</c> header, as MediaWiki does. Codes and texts are those of
/// MediaWiki 1.35 and later (before 1.35: <c>unknown_action</c>, <c>notitles</c>-style codes).
/// </summary>
internal sealed record ApiError(string Code, string Info, IReadOnlyList<KeyValuePair<string, int>>? Data = null)
{
    public static ApiError MissingParam(string name) => new("missingparam", $"The \"{name}\" parameter must be set.");

    public static ApiError BadValue(string name, string value) => new("badvalue", $"Unrecognized value for parameter \"{name}\": {value}.");

    public static ApiError BadInteger(string name, string value) => new("badinteger", $"Invalid value \"{value}\" for integer parameter \"{name}\".");

    public static ApiError TooManyValues(string name, int limit, int highLimit)
        => new("toomanyvalues", $"Too many values supplied for parameter \"{name}\". The limit is {limit}.",
            [new("limit", limit), new("lowlimit", limit), new("highlimit", highLimit)]);
}
