using System.Text.Json.Serialization;
using ParallelRepro.Common;

namespace ParallelRepro.Claims;

/// <summary>
/// Reads effort.json (written by <c>repro effort</c>): only rows computed without error, keyed by the
/// Table 2 program they stand for (<c>paper_program</c>, e.g. cpu_bound.omp), else by their own name.
/// </summary>
internal sealed class EffortJsonFile(string source, IReadOnlyDictionary<string, EffortFigures> rows) : IEffortTable
{
    public const string FileName = "effort.json";
    private const int SupportedSchema = 1;

    public string Source => source;

    public EffortFigures? Find(string group, string variant) => rows.GetValueOrDefault($"{group}.{variant}");

    public static EffortJsonFile? TryRead(string path) => File.Exists(path) ? Read(path) : null;

    public static EffortJsonFile Read(string path)
    {
        var doc = Json.ReadFile<Document>(path, "effort file");
        if (doc.SchemaVersion != SupportedSchema)
            throw new ReproException($"{path}: effort schema {doc.SchemaVersion} is not supported (expected {SupportedSchema}); re-run 'repro effort'");
        var rows = new Dictionary<string, EffortFigures>(StringComparer.Ordinal);
        // A row that names the Table 2 program it stands for wins over a row that merely has that name
        // (overhead.mp in Table 2 is the Manager variant, not our shared-memory mp).
        foreach (var row in doc.Rows.Where(r => r.Status == "ok").OrderBy(r => r.PaperProgram is null))
            rows.TryAdd(row.PaperProgram ?? $"{row.Group}.{row.Variant}", new EffortFigures(row.Loc, row.McCabe, row.L, row.M, row.I, row.C, row.E, row.D));
        return new EffortJsonFile(Path.GetFileName(path), rows);
    }

    private sealed record Document(int SchemaVersion, IReadOnlyList<Row> Rows);

    private sealed record Row(
        string Group, string Variant, string Status, string? PaperProgram, int? Loc,
        [property: JsonPropertyName("mccabe")] int? McCabe,
        [property: JsonPropertyName("L")] int? L, [property: JsonPropertyName("M")] int? M, [property: JsonPropertyName("I")] int? I,
        [property: JsonPropertyName("C")] int? C, [property: JsonPropertyName("E")] int? E, [property: JsonPropertyName("D")] int? D);
}
