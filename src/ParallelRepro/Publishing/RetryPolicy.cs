using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace ParallelRepro.Publishing;

/// <summary>
/// When to send a GitHub request again, and after how long: server errors (5xx) with backoff, and rate
/// limits (429, or 403 with X-RateLimit-Remaining: 0 or Retry-After) after the time GitHub names,
/// Retry-After first, else X-RateLimit-Reset. A wait longer than <see cref="MaxWait"/> is not waited:
/// a CI job should fail with a clear line rather than sleep for an hour.
/// </summary>
internal sealed record RetryPolicy
{
    public int MaxAttempts { get; init; } = 4;
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(2);
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>GitHub's advice for a secondary rate limit that names no time: wait at least a minute.</summary>
    public TimeSpan UnnamedRateLimitWait { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait before attempt <paramref name="attempt"/> + 1, or null to keep this response.</summary>
    public TimeSpan? WaitAfter(HttpResponseMessage response, int attempt, DateTimeOffset now)
    {
        if (attempt >= MaxAttempts) return null;
        var wait = Classify(response, attempt, now);
        return wait is { } w && w <= MaxWait ? w : null;
    }

    private TimeSpan? Classify(HttpResponseMessage response, int attempt, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
            return RetryAfter(response.Headers, now) ?? FirstBackoff * Math.Pow(2, attempt - 1);
        if (!IsRateLimit(response)) return null;
        return RetryAfter(response.Headers, now) ?? UntilReset(response.Headers, now) ?? UnnamedRateLimitWait;
    }

    internal static bool IsRateLimit(HttpResponseMessage response)
        => response.StatusCode == HttpStatusCode.TooManyRequests
           || (response.StatusCode == HttpStatusCode.Forbidden
               && (Header(response.Headers, "X-RateLimit-Remaining") == "0" || response.Headers.RetryAfter is not null));

    private static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
        => headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => Max(date - now, TimeSpan.Zero),
            _ => null,
        };

    /// <summary>X-RateLimit-Reset is the epoch second the quota returns; one second more absorbs clock skew.</summary>
    private static TimeSpan? UntilReset(HttpResponseHeaders headers, DateTimeOffset now)
        => long.TryParse(Header(headers, "X-RateLimit-Reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch)
            ? Max(DateTimeOffset.FromUnixTimeSeconds(epoch) - now + TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1))
            : null;

    private static string? Header(HttpResponseHeaders headers, string name)
        => headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
