using System.Text.Json;

namespace ParallelRepro.Paper;

/// <summary>
/// The paper's numbers and claims, shipped inside the assembly (users do not have the study notes),
/// from <c>Paper/Data/*.json</c>.
/// </summary>
internal static class PaperResources
{
    public static JsonDocument Open(string name)
    {
        var resource = $"ParallelRepro.Paper.{name}.json";
        using var stream = typeof(PaperResources).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from the build");
        return JsonDocument.Parse(stream);
    }

    public static double? OptionalDouble(this JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public static int? OptionalInt(this JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    public static string? OptionalString(this JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
