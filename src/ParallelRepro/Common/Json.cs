using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParallelRepro.Common;

/// <summary>One JSON convention for every file the pipeline writes: snake_case, indented, invariant.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Single-line form, for JSON Lines files.</summary>
    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static void WriteFile<T>(string path, T value) => AtomicFile.WriteAllText(path, Serialize(value) + "\n");

    /// <summary>Reads a JSON file, turning every failure into one line naming the file.</summary>
    public static T ReadFile<T>(string path, string what)
    {
        if (!File.Exists(path))
            throw new ReproException($"{what} not found: {path}");
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new ReproException($"{path}: {what} is empty (null)");
        }
        catch (JsonException e)
        {
            throw new ReproException($"{path}:{(e.LineNumber ?? 0) + 1}: not a valid {what}: {FirstLine(e.Message)}");
        }
    }

    public static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
