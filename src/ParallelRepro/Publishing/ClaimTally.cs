using System.Text.Json;
using ParallelRepro.Common;

namespace ParallelRepro.Publishing;

/// <summary>
/// The verdict counts of claims.json. Read loosely (only outcomes[].verdict) so that publishing depends
/// on the file's contract, not on the claims stage's types.
/// </summary>
internal sealed record ClaimTally(int Reproduced, int NotReproduced, int NotTestableHere)
{
    public static ClaimTally? ReadIfExists(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var verdicts = doc.RootElement.GetProperty("outcomes").EnumerateArray()
                .Select(o => o.GetProperty("verdict").GetString()).ToArray();
            return new ClaimTally(
                verdicts.Count(v => v == "reproduced"),
                verdicts.Count(v => v == "not-reproduced"),
                verdicts.Count(v => v == "not-testable-here"));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ReproException($"{path}: not a readable claims file: {Json.FirstLine(e.Message)}");
        }
    }

    public override string ToString() => $"claims {Reproduced} reproduced, {NotReproduced} not, {NotTestableHere} untestable";
}
