using System.Text.Json.Serialization;

namespace ParallelRepro.Effort;

/// <summary>Whether a row could be computed.</summary>
internal enum RowStatus
{
    Ok,
    /// <summary>The variant (or its group's serial program) has no source file yet.</summary>
    Missing,
    /// <summary>A source file the row needs did not parse; see the report's problems.</summary>
    Error,
}

/// <summary>
/// One row of the reproduced Table 2. Serial rows carry absolute <see cref="Loc"/> and
/// <see cref="McCabe"/>; other rows add the increments over serial and D.
/// </summary>
internal sealed record EffortRow(string Group, string Variant, RowStatus Status)
{
    public string Program => $"{Group}.{Variant}";
    /// <summary>The Table 2 row this variant stands for (e.g. cpu_bound.omp), if any.</summary>
    public string? PaperProgram { get; init; }
    public IReadOnlyList<string> Files { get; init; } = [];
    public int? Loc { get; init; }
    [JsonPropertyName("mccabe")] public int? McCabe { get; init; }
    [JsonPropertyName("L")] public int? L { get; init; }
    [JsonPropertyName("M")] public int? M { get; init; }
    [JsonPropertyName("I")] public int? I { get; init; }
    [JsonPropertyName("C")] public int? C { get; init; }
    [JsonPropertyName("E")] public int? E { get; init; }
    [JsonPropertyName("D")] public int? D { get; init; }
    /// <summary>The modules counted in I.</summary>
    public IReadOnlyList<string>? ImportsAdded { get; init; }
    public string? Note { get; init; }
}
