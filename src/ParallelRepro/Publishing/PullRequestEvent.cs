using System.Text.Json;
using ParallelRepro.Common;

namespace ParallelRepro.Publishing;

/// <summary>
/// What publishing needs of a pull_request event: its number, the head commit (where the status goes:
/// GITHUB_SHA is the temporary merge commit), the base commit (what the results are compared with),
/// and whether the head lives in a fork.
/// </summary>
internal sealed record PullRequestEvent(int Number, string HeadSha, string BaseSha, bool FromFork)
{
    public static PullRequestEvent Parse(string json, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var pr = doc.RootElement.GetProperty("pull_request");
            var head = pr.GetProperty("head");
            var baseRef = pr.GetProperty("base");
            var headRepo = head.TryGetProperty("repo", out var hr) && hr.ValueKind == JsonValueKind.Object ? hr.GetProperty("full_name").GetString() : null;
            var baseRepo = baseRef.GetProperty("repo").GetProperty("full_name").GetString();
            return new PullRequestEvent(
                pr.GetProperty("number").GetInt32(),
                head.GetProperty("sha").GetString() ?? throw new KeyNotFoundException("head.sha"),
                baseRef.GetProperty("sha").GetString() ?? throw new KeyNotFoundException("base.sha"),
                !string.Equals(headRepo, baseRepo, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ReproException($"{source}: not a pull_request event: {Json.FirstLine(e.Message)}");
        }
    }
}
