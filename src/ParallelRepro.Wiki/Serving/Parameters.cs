using Microsoft.AspNetCore.Http;

namespace ParallelRepro.Wiki.Serving;

/// <summary>
/// The request's parameters as PHP sees them: query string, then a form body over it (POST wins), and the
/// last value of a repeated name.
/// </summary>
internal static class Parameters
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(HttpRequest request)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
            result[name] = values.Count > 0 ? values[^1] ?? "" : "";
        if (!request.HasFormContentType) return result;
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        foreach (var (name, values) in form)
            result[name] = values.Count > 0 ? values[^1] ?? "" : "";
        return result;
    }
}
