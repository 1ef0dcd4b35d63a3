using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Toolchain;

/// <summary>What <c>python -m ppp probe</c> reports about one interpreter.</summary>
public sealed record PythonFacts
{
    public string Implementation { get; init; } = "";
    public string Version { get; init; } = "";
    public string Executable { get; init; } = "";
    public bool GilEnabled { get; init; } = true;
    public bool FreeThreadedBuild { get; init; }
    public string? Platform { get; init; }
    /// <summary>Versions of the workload requirements; a null version means "not importable".</summary>
    public IReadOnlyDictionary<string, string?> Libraries { get; init; } = new Dictionary<string, string?>();
    public string? DefaultStartMethod { get; init; }
    public int? CpuCount { get; init; }
    public int? AffinityCount { get; init; }
    public InterpreterBuild? Build { get; init; }

    [System.Text.Json.Serialization.JsonIgnore] public string? Cython => Libraries.GetValueOrDefault("cython");
    [System.Text.Json.Serialization.JsonIgnore] public string? Numpy => Libraries.GetValueOrDefault("numpy");
    [System.Text.Json.Serialization.JsonIgnore] public string? Psutil => Libraries.GetValueOrDefault("psutil");
}

/// <summary>Runs the workload package's probe in an interpreter.</summary>
internal static class PythonProbe
{
    public static async Task<PythonFacts> RunAsync(RepoLayout layout, Interpreter interpreter, CancellationToken ct)
    {
        var spec = PythonCommand.Create(layout, interpreter, ["-m", "ppp", "probe"]) with { Timeout = TimeSpan.FromSeconds(60) };
        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(spec, ct).ConfigureAwait(false);
        }
        catch (ReproException)
        {
            throw new ReproException($"Python interpreter '{interpreter.Label}' not found: {interpreter.Path} (set Interpreters in cake.config or pass --interpreters label=path)");
        }
        if (!result.Succeeded)
            throw new ReproException($"Python interpreter '{interpreter.Label}' ({interpreter.Path}) failed to run the probe: {LastLine(result.StandardErrorTail)}");
        try
        {
            return JsonSerializer.Deserialize<PythonFacts>(result.StandardOutput, Json.Options)
                   ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new ReproException($"Python interpreter '{interpreter.Label}' ({interpreter.Path}) printed an unreadable probe: {Json.FirstLine(e.Message)}");
        }
    }

    internal static string LastLine(string text)
        => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
