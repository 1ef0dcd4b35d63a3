using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Profiling;

namespace ParallelRepro.Claims;

/// <summary>
/// The files claims are decided on, found in one folder: <c>artifacts/</c>, or a report's <c>data/</c>
/// (which has the same layout): results.json, and when present effort.json and profiles/*.json.
/// </summary>
internal sealed record ClaimSources(string Folder, string ResultsJson, string? EffortJson, IReadOnlyList<string> ProfileJsons)
{
    public const string ResultsFileName = "results.json";
    public const string ProfilesFolder = "profiles";

    public static ClaimSources In(string folder)
    {
        var results = Path.Combine(folder, ResultsFileName);
        if (!File.Exists(results))
            throw new ReproException($"results file not found: {results} (run 'repro aggregate', or pass --from a folder that has one)");
        var effort = Path.Combine(folder, EffortJsonFile.FileName);
        var profiles = Path.Combine(folder, ProfilesFolder);
        return new ClaimSources(folder, results, File.Exists(effort) ? effort : null,
            Directory.Exists(profiles) ? Directory.GetFiles(profiles, "*.json").Order(StringComparer.Ordinal).ToArray() : []);
    }

    public ClaimInputs Load()
        => new(ResultsFiles.Read(ResultsJson), EffortJson is null ? null : EffortJsonFile.Read(EffortJson),
            ProfileJsons.Select(p => Json.ReadFile<ProfileResult>(p, "cProfile result")).ToArray());
}
