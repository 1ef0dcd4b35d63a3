using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ParallelRepro.Wiki.Api;

namespace ParallelRepro.Wiki.Serving;

/// <summary>The replica's responses: API JSON, the stats document, and the plain-text fault answers.</summary>
internal static class Respond
{
    private static readonly JsonSerializerOptions StatsJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
    };

    public static Task ApiAsync(HttpContext context, ApiAnswer answer)
    {
        // MediaWiki answers API errors with HTTP 200 and names the code in this header.
        if (answer.ErrorCode is { } code) context.Response.Headers["MediaWiki-API-Error"] = code;
        return WriteAsync(context, StatusCodes.Status200OK, "application/json; charset=utf-8", answer.Json);
    }

    public static Task StatsAsync(HttpContext context, WikiReplicaStats stats)
        => WriteAsync(context, StatusCodes.Status200OK, "application/json; charset=utf-8", JsonSerializer.Serialize(stats, StatsJson) + "\n");

    public static Task ThrottledAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        return TextAsync(context, StatusCodes.Status429TooManyRequests, "Too Many Requests (injected by the wiki replica)");
    }

    public static Task TextAsync(HttpContext context, int status, string text)
        => WriteAsync(context, status, "text/plain; charset=utf-8", text + "\n");

    private static Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body, context.RequestAborted);
    }
}
