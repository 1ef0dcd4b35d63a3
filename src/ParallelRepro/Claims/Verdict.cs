namespace ParallelRepro.Claims;

/// <summary>What the reproduction says about one claim on one runner × runtime × cores.</summary>
public enum Verdict
{
    Reproduced,
    NotReproduced,
    /// <summary>
    /// Measured, but a condition's 95 % interval straddles its bound: more runs aimed at that condition would
    /// decide it (the outcome's conditions say which, by how much, and roughly how many more rounds).
    /// </summary>
    Inconclusive,
    /// <summary>Undecided: the data needed is missing or the machine cannot show the effect. Never counted as reproduced.</summary>
    NotTestableHere,
}

internal static class VerdictText
{
    public static string Text(this Verdict verdict) => verdict switch
    {
        Verdict.Reproduced => "reproduced",
        Verdict.NotReproduced => "not reproduced",
        Verdict.Inconclusive => "inconclusive",
        _ => "not testable here",
    };

    /// <summary>A glyph so the verdict column reads at a glance (all three exist in common fonts).</summary>
    public static string Mark(this Verdict verdict) => verdict switch
    {
        Verdict.Reproduced => "✔",
        Verdict.NotReproduced => "✘",
        Verdict.Inconclusive => "?",
        _ => "○",
    };
}
