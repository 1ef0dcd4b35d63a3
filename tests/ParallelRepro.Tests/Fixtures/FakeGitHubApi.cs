using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>One request the fake received, as it arrived.</summary>
public sealed record FakeRequest(string Method, string PathAndQuery, string? Authorization, string? Accept, string Body);

/// <summary>A response forced on the next matching request, before the fake's normal behaviour.</summary>
public sealed record ForcedResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// A loopback fake of the GitHub REST API: a real HTTP server on 127.0.0.1 (HttpListener), serving
/// under /api/v3/ as GitHub Enterprise Server does (Octokit adds that prefix for any host other than
/// api.github.com). It keeps statuses, issue comments and gh-pages files, checks the bearer token,
/// records every request, and can be told to fail the next requests (5xx, rate limits, 401).
/// </summary>
public sealed class FakeGitHubApi : IDisposable
{
    public const string Owner = "octo";
    public const string Repo = "repro";

    private readonly HttpListener listener = new();
    private readonly string token;
    private readonly ConcurrentQueue<(string Method, string PathPrefix, ForcedResponse Response)> forced = new();
    private readonly Task loop;
    private long nextCommentId = 1000;

    public FakeGitHubApi(string token)
    {
        this.token = token;
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public Uri ApiUrl => new($"http://127.0.0.1:{Port}/");
    public string RepoPath => $"/api/v3/repos/{Owner}/{Repo}";
    public List<FakeRequest> Requests { get; } = [];
    public List<JsonObject> Statuses { get; } = [];
    /// <summary>Issue comments by id: (issue number, body).</summary>
    public SortedDictionary<long, (int Issue, string Body)> Comments { get; } = [];
    /// <summary>Files of branches, keyed "branch:path".</summary>
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public void Force(string method, string pathPrefix, int status, string body = """{"message":"forced"}""", IReadOnlyDictionary<string, string>? headers = null)
        => forced.Enqueue((method, pathPrefix, new ForcedResponse(status, body, headers ?? new Dictionary<string, string>())));

    public void PutFile(string branch, string path, byte[] content) => Files[$"{branch}:{path}"] = content;

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                await HandleAsync(context);
            }
            catch (Exception e)
            {
                await WriteAsync(context.Response, 599, JsonSerializer.Serialize(new { message = "fake crashed: " + e.Message }), null);
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var path = request.Url!.AbsolutePath;
        var recorded = new FakeRequest(request.HttpMethod, request.Url.PathAndQuery, request.Headers["Authorization"], request.Headers["Accept"], body);
        lock (Requests) Requests.Add(recorded);

        if (forced.TryPeek(out var next) && next.Method == request.HttpMethod && path.StartsWith(next.PathPrefix, StringComparison.Ordinal) && forced.TryDequeue(out next))
        {
            await WriteAsync(context.Response, next.Response.Status, next.Response.Body, next.Response.Headers);
            return;
        }
        if (recorded.Authorization != $"Bearer {token}")
        {
            await WriteAsync(context.Response, 401, """{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}""", null);
            return;
        }
        var (status, json, raw) = Route(request.HttpMethod, path, request.QueryString["ref"], body);
        if (raw is not null)
        {
            context.Response.StatusCode = status;
            // What GitHub sends for the raw media type, and what Octokit reads as bytes.
            context.Response.ContentType = "application/vnd.github.v3.raw";
            await context.Response.OutputStream.WriteAsync(raw);
            context.Response.Close();
            return;
        }
        await WriteAsync(context.Response, status, json, null);
    }

    private (int Status, string Json, byte[]? Raw) Route(string method, string path, string? branch, string body)
    {
        var statuses = $"{RepoPath}/statuses/";
        var contents = $"{RepoPath}/contents/";
        var issueComments = $"{RepoPath}/issues/comments/";
        var issues = $"{RepoPath}/issues/";
        if (method == "POST" && path.StartsWith(statuses, StringComparison.Ordinal))
        {
            var status = JsonNode.Parse(body)!.AsObject();
            Statuses.Add(status);
            return (201, new JsonObject { ["id"] = Statuses.Count, ["state"] = status["state"]?.GetValue<string>(), ["context"] = status["context"]?.GetValue<string>() }.ToJsonString(), null);
        }
        if (method == "GET" && path.StartsWith(contents, StringComparison.Ordinal))
            return Files.TryGetValue($"{branch}:{Uri.UnescapeDataString(path[contents.Length..])}", out var file)
                ? (200, "", file)
                : (404, """{"message":"Not Found"}""", null);
        if (method == "PATCH" && path.StartsWith(issueComments, StringComparison.Ordinal))
        {
            var id = long.Parse(path[issueComments.Length..]);
            if (!Comments.TryGetValue(id, out var existing)) return (404, """{"message":"Not Found"}""", null);
            Comments[id] = (existing.Issue, JsonNode.Parse(body)!["body"]!.GetValue<string>());
            return (200, CommentJson(id), null);
        }
        if (path.StartsWith(issues, StringComparison.Ordinal) && path.EndsWith("/comments", StringComparison.Ordinal))
        {
            var issue = int.Parse(path[issues.Length..^"/comments".Length]);
            if (method == "GET")
                return (200, "[" + string.Join(",", Comments.Where(c => c.Value.Issue == issue).Select(c => CommentJson(c.Key))) + "]", null);
            if (method == "POST")
            {
                var id = Interlocked.Increment(ref nextCommentId);
                Comments[id] = (issue, JsonNode.Parse(body)!["body"]!.GetValue<string>());
                return (201, CommentJson(id), null);
            }
        }
        return (404, """{"message":"Not Found"}""", null);
    }

    private string CommentJson(long id)
        => new JsonObject { ["id"] = id, ["body"] = Comments[id].Body, ["html_url"] = $"https://github.com/{Owner}/{Repo}/pull/{Comments[id].Issue}#issuecomment-{id}" }.ToJsonString();

    private static async Task WriteAsync(HttpListenerResponse response, int status, string body, IReadOnlyDictionary<string, string>? headers)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) response.Headers[name] = value;
        var bytes = Encoding.UTF8.GetBytes(body);
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        // Close alone: Stop() already releases the port, and a Close() after it asks for the port's endpoint again,
        // binding it anew; when another test has taken the port by then, that throws "Address already in use"
        // (seen once in a CI-like run of the whole suite).
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; nothing to report.
        }
    }
}
