using System.Net.Http.Headers;
using System.Text.Json;

namespace ParallelRepro.DotNet.Workloads.IoBound;

/// <summary>
/// A minimal MediaWiki API client on HttpClient: one GET of <c>action=query&amp;format=json&amp;titles=A|B</c> per chunk.
/// The query is built per call (io_bound 1: the original shared one parameter dict between threads).
/// </summary>
internal sealed class WikiClient(HttpClient http, Uri api, bool newConnectionPerRequest = false)
{
    public const string UserAgent = "ParallelRepro.DotNet/1.0 (ParallelRepro)";

    /// <summary>An HttpClient with its own connection pool: kept-alive connections, no proxy (the replica is on loopback).</summary>
    public static HttpClient CreateHttp() => new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(120) };

    /// <summary>The API endpoint: scheme, host, port and path of the given URL (its query, like the port's, is not used).</summary>
    public static Uri Endpoint(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            throw new ArgumentException($"wiki URL must be http(s)://host[:port]/path, got '{url}'");
        return new Uri(uri.GetLeftPart(UriPartial.Path));
    }

    public IReadOnlyList<string> Query(IReadOnlyList<string> titles, bool redirects)
    {
        using var request = Request(titles, redirects);
        using var response = http.Send(request);
        Check(response, request);
        using var body = response.Content.ReadAsStream();
        using var answer = JsonDocument.Parse(body);
        return FoundTitles.In(titles, answer.RootElement);
    }

    public async Task<IReadOnlyList<string>> QueryAsync(IReadOnlyList<string> titles, bool redirects, CancellationToken ct)
    {
        using var request = Request(titles, redirects);
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        Check(response, request);
        await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var answer = await JsonDocument.ParseAsync(body, cancellationToken: ct).ConfigureAwait(false);
        return FoundTitles.In(titles, answer.RootElement);
    }

    private HttpRequestMessage Request(IReadOnlyList<string> titles, bool redirects)
    {
        var target = $"{api}?action=query&format=json&titles={Uri.EscapeDataString(string.Join('|', titles))}{(redirects ? "&redirects" : "")}";
        var request = new HttpRequestMessage(HttpMethod.Get, target);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        // serial: a new connection per request, like requests.get without a session (io_bound 6).
        request.Headers.ConnectionClose = newConnectionPerRequest;
        return request;
    }

    private static void Check(HttpResponseMessage response, HttpRequestMessage request)
    {
        if ((int)response.StatusCode != 200)
        {
            var target = request.RequestUri!.ToString();
            throw new HttpRequestException($"wiki API answered HTTP {(int)response.StatusCode} for {target[..Math.Min(200, target.Length)]}");
        }
    }
}
