using ParallelRepro.Wiki.Titles;

namespace ParallelRepro.Wiki.Api;

/// <summary>The answer to one API request: the JSON body, the error code if it is an error, and how many titles it asked for.</summary>
internal sealed record ApiAnswer(string Json, string? ErrorCode, int TitleCount);

/// <summary>Answers API requests from the title catalog; no HTTP here, so it can be tested as a function.</summary>
internal sealed class ApiHandler(TitleCatalog catalog)
{
    public ApiAnswer Answer(IReadOnlyDictionary<string, string> parameters, ApiCaller caller)
    {
        var (query, error) = ApiRequestParser.Parse(parameters);
        if (error is not null) return new ApiAnswer(ApiJson.Error(error, caller.ApiUrl), error.Code, 0);
        var result = new PageSet(catalog, query!.ResolveRedirects).Resolve(query.Titles);
        return new ApiAnswer(ApiJson.Query(query, result, caller), null, query.Titles.Count);
    }
}
