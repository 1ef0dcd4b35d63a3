using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParallelRepro.Effort;

/// <summary>
/// A row of the paper's Table 2 as printed. <see cref="DFormula"/> recomputes D from the printed
/// L, M, I, C, E; where it differs from the printed D the row is a misprint (cpu_bound.mp: 31 vs 34).
/// </summary>
internal sealed record PaperRow(string Program, string Group, string Variant)
{
    public int? AbsoluteLoc { get; init; }
    [JsonPropertyName("absolute_mccabe")] public int? AbsoluteMcCabe { get; init; }
    [JsonPropertyName("L")] public int? L { get; init; }
    [JsonPropertyName("M")] public int? M { get; init; }
    [JsonPropertyName("I")] public int? I { get; init; }
    [JsonPropertyName("C")] public int? C { get; init; }
    [JsonPropertyName("E")] public int? E { get; init; }
    public int? DPrinted { get; init; }

    public int? DFormula => L + M + I + 2 * (C + E);

    public bool Misprinted => DPrinted is not null && DFormula != DPrinted;
}

/// <summary>Reads Table 2 from the embedded copy of the paper's data (users do not have shared/).</summary>
internal static class PaperTable2
{
    public const string ResourceName = "ParallelRepro.Paper.table2.json";

    public static IReadOnlyList<PaperRow> Load()
    {
        using var stream = typeof(PaperTable2).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("rows").EnumerateArray().Select(Row).ToArray();
    }

    private static PaperRow Row(JsonElement row) => new(Text(row, "program"), Text(row, "group"), Text(row, "variant"))
    {
        AbsoluteLoc = Number(row, "absolute_LOC"),
        AbsoluteMcCabe = Number(row, "absolute_McCabe"),
        L = Number(row, "L"),
        M = Number(row, "M"),
        I = Number(row, "I"),
        C = Number(row, "C"),
        E = Number(row, "E"),
        DPrinted = Number(row, "D"),
    };

    private static string Text(JsonElement row, string name) => row.GetProperty(name).GetString() ?? "";

    private static int? Number(JsonElement row, string name)
        => row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
