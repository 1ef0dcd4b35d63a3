using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParallelRepro.DotNet.Harness;

/// <summary>snake_case JSON like the Python harness (nulls written, as json.dumps does), and atomic writes.</summary>
internal static class JsonFiles
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
    };

    public static readonly JsonSerializerOptions Line = new(Options) { WriteIndented = false };

    /// <summary>Writes to a temporary file in the same folder, then renames over the target: no reader sees half a file.</summary>
    public static void WriteAtomic(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var tmp = Path.Combine(folder, $".tmp-{Environment.ProcessId}-{Guid.NewGuid():N}.part");
        try
        {
            File.WriteAllText(tmp, text, new UTF8Encoding(false));
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
