using System.Reflection;
using System.Text.Json;
using ParallelRepro.Common;

namespace ParallelRepro.Effort.Syntax;

/// <summary>What CPython made of one .py file: its module, or the error py_compile would report.</summary>
internal sealed record PythonReading(string Path, ParsedModule? Module, int Line, string? Error);

/// <summary>
/// Lets CPython read Python: one interpreter run (read_python.py, embedded) compiles every file as
/// py_compile does and returns its statements, imports and, for tagged files, comments and logical
/// lines. Acceptance, line breaks, encodings and nesting limits are therefore CPython's own.
/// </summary>
internal sealed class CPythonReader(string python)
{
    private const string ScriptResource = "ParallelRepro.Effort.read_python.py";
    private static readonly Lazy<string> Script = new(LoadScript);

    public string Python { get; } = python;

    public IReadOnlyList<PythonReading> Read(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) return [];
        var list = Path.Combine(Path.GetTempPath(), $"repro-effort-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(list, string.Join('\n', paths) + "\n");
            var spec = new ProcessSpec(Python, ["-I", "-c", Script.Value, list]) { Timeout = TimeSpan.FromMinutes(10) };
            var result = ProcessRunner.RunAsync(spec).GetAwaiter().GetResult();
            if (!result.Succeeded)
                throw new ReproException($"reading Python sources with {Python} failed (exit {result.ExitCode}): {LastLine(result.StandardErrorTail)}");
            return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToArray();
        }
        finally
        {
            File.Delete(list);
        }
    }

    private static PythonReading Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var path = root.GetProperty("path").GetString()!;
        if (root.TryGetProperty("error", out var error))
            return new PythonReading(path, null, root.GetProperty("line").GetInt32(), error.GetString());
        var module = new ParsedModule(
            StatementRows.Build(root.GetProperty("statements")),
            root.GetProperty("imports").EnumerateArray().Select(Import).ToArray(),
            root.GetProperty("lines").EnumerateArray().Select(l => new LogicalLine(l[0].GetInt32(), l[1].GetInt32())).ToArray(),
            root.GetProperty("comments").EnumerateArray().Select(c => new Comment(c[0].GetInt32(), c[1].GetInt32(), c[2].GetString()!, c[3].GetBoolean())).ToArray());
        return new PythonReading(path, module, 0, null);
    }

    private static ImportedModule Import(JsonElement i)
        => new(i[0].GetString()!, i[1].GetInt32(), i[2].EnumerateArray().Select(n => n.GetString()!).ToArray(), i[3].GetInt32());

    private static string LastLine(string text)
        => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";

    private static string LoadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"embedded resource {ScriptResource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
