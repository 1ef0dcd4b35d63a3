namespace ParallelRepro.Claims;

/// <summary>What the reproduction says about one claim on one runner × runtime × cores.</summary>
public enum Verdict
{
    Reproduced,
    NotReproduced,
    /// <summary>Undecided: the data needed is missing or the machine cannot show the effect. Never counted as reproduced.</summary>
    NotTestableHere,
}

internal static class VerdictText
{
    public static string Text(this Verdict verdict) => verdict switch
    {
        Verdict.Reproduced => "reproduced",
        Verdict.NotReproduced => "not reproduced",
        _ => "not testable here",
    };

    /// <summary>A glyph so the verdict column reads at a glance (all three exist in common fonts).</summary>
    public static string Mark(this Verdict verdict) => verdict switch
    {
        Verdict.Reproduced => "✔",
        Verdict.NotReproduced => "✘",
        _ => "○",
    };
}
