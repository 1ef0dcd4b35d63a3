namespace ParallelRepro.Wiki.Api;

/// <summary>
/// A MediaWiki API warning: the module that raised it and its text, in MediaWiki's wording
/// (<c>apiwarn-unrecognizedparams</c>, <c>apiwarn-unrecognizedvalues</c>, singular and plural).
/// </summary>
internal sealed record ApiWarning(string Module, string Text)
{
    public static ApiWarning UnrecognizedParameters(IReadOnlyList<string> names)
        => new("main", $"Unrecognized parameter{(names.Count == 1 ? "" : "s")}: {string.Join(", ", names)}.");

    public static ApiWarning UnrecognizedValues(string module, string parameter, IReadOnlyList<string> values)
        => new(module, $"Unrecognized value{(values.Count == 1 ? "" : "s")} for parameter \"{parameter}\": {string.Join(", ", values)}.");
}
