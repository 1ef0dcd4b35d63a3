using System.Text.Json;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Reporting;

namespace ParallelRepro.Publishing;

/// <summary>
/// The verdict counts of claims.json, and why each inconclusive one was not decided. Read loosely (schema_version
/// and outcomes[].id, runner, runtime, verdict, reason) so that publishing depends on the file's contract, not on
/// the claims stage's types. Outcomes on a .NET runtime are left out: the claims are about Python.
/// </summary>
internal sealed record ClaimTally(int Reproduced, int NotReproduced, int Inconclusive, int NotTestableHere, IReadOnlyList<string> Undecided)
{
    /// <summary>The claims.json schema this reader knows (ClaimsReport.CurrentSchema of the claims stage).</summary>
    public const int Schema = 2;

    private const string Remedy = "run 'repro claims' (Cake task Claims) to decide the claims";

    /// <summary>Null when there is no claims.json (publishing then says nothing about claims); an error when it is unreadable or old.</summary>
    public static ClaimTally? ReadIfExists(string path, Results results)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var schema = doc.RootElement.GetProperty("schema_version").GetInt32();
            if (schema != Schema)
                throw new ReproException($"{path}: claims schema {schema} is not supported (expected {Schema}); {Remedy} again");
            var outcomes = doc.RootElement.GetProperty("outcomes").EnumerateArray()
                .Select(o => (Id: o.GetProperty("id").GetString(), Runner: Text(o, "runner"), Runtime: Text(o, "runtime"), Verdict: o.GetProperty("verdict").GetString(), Reason: Text(o, "reason")))
                .Where(o => !results.RanDotNetPrograms(o.Runner, o.Runtime)).ToArray();
            return new ClaimTally(
                outcomes.Count(o => o.Verdict == "reproduced"),
                outcomes.Count(o => o.Verdict == "not-reproduced"),
                outcomes.Count(o => o.Verdict == "inconclusive"),
                outcomes.Count(o => o.Verdict == "not-testable-here"),
                outcomes.Where(o => o.Verdict == "inconclusive").Select(o => $"{o.Id} on {o.Runtime ?? "this commit"}: {o.Reason ?? "an interval straddles its bound"}").ToArray());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ReproException($"{path}: not a readable claims file: {Json.FirstLine(e.Message)}; {Remedy}");
        }
    }

    public override string ToString() => $"claims {Reproduced} reproduced, {NotReproduced} not, {Inconclusive} inconclusive, {NotTestableHere} untestable";

    private static string? Text(JsonElement outcome, string property)
        => outcome.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
