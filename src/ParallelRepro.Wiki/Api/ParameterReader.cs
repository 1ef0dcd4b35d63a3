namespace ParallelRepro.Wiki.Api;

/// <summary>
/// Reads a request's parameters the way MediaWiki's modules do: each module asks for its own, and whatever no
/// module asked for is warned about afterwards (<c>Unrecognized parameter</c>), as are values of a multi-value
/// parameter that the replica does not know (<c>Unrecognized value</c>).
/// </summary>
internal sealed class ParameterReader(IReadOnlyDictionary<string, string> parameters)
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly List<ApiWarning> warnings = [];

    public bool Has(string name) => Use(name) is not null;

    public string? Use(string name)
    {
        used.Add(name);
        return parameters.GetValueOrDefault(name);
    }

    /// <summary>
    /// The distinct known values of a multi-value parameter (<paramref name="absent"/> when it was not sent);
    /// unknown ones become a warning of <paramref name="module"/>.
    /// </summary>
    public IReadOnlySet<string> Values(string module, string name, IReadOnlySet<string> known, string absent = "")
    {
        var values = ApiRequestParser.SplitMultiValue(Use(name) ?? absent).Distinct(StringComparer.Ordinal).ToArray();
        var unknown = values.Where(v => !known.Contains(v)).ToArray();
        if (unknown.Length > 0) warnings.Add(ApiWarning.UnrecognizedValues(module, name, unknown));
        return values.Where(known.Contains).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every warning, the unrecognized parameters (in request order) first, as MediaWiki's main module adds them.</summary>
    public IReadOnlyList<ApiWarning> Warnings()
    {
        var unused = parameters.Keys.Where(n => !used.Contains(n)).ToArray();
        return unused.Length == 0 ? warnings : [ApiWarning.UnrecognizedParameters(unused), .. warnings];
    }
}
