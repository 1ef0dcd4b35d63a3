using System.Text.Json;

namespace ParallelRepro.Paper;

/// <summary>
/// One of the paper's claims as <c>claims.json</c> states it: the sentence, the check that decides it, and the
/// conclusion in a few plain words (what the report's first screen lists).
/// </summary>
public sealed record PaperClaim(string Id, string Text, string Source, string Check, string? Caveat, bool PaperPassesCheck, string Conclusion);

/// <summary>The paper's claims, in the order of <c>claims.json</c>.</summary>
internal static class PaperClaims
{
    private static readonly Lazy<IReadOnlyList<PaperClaim>> Loaded = new(Load);

    public static IReadOnlyList<PaperClaim> All => Loaded.Value;

    private static IReadOnlyList<PaperClaim> Load()
    {
        using var doc = PaperResources.Open("claims");
        return doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => new PaperClaim(
            c.GetProperty("id").GetString()!,
            c.GetProperty("text").GetString()!,
            c.GetProperty("source").GetString()!,
            c.GetProperty("check").GetString()!,
            c.OptionalString("caveat"),
            c.GetProperty("paper_passes_check").GetBoolean(),
            c.GetProperty("conclusion").GetString()!)).ToArray();
    }
}
