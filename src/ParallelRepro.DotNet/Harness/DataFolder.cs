using System.Text.Json;
using ParallelRepro.DotNet.Cli;

namespace ParallelRepro.DotNet.Harness;

/// <summary>The checks of the Python harness on <c>--data</c>: it exists, and its manifest was made for this profile.</summary>
internal static class DataFolder
{
    public static readonly string[] Profiles = ["smoke", "quick", "paper"];

    public static void Check(string dataDir, string profile)
    {
        if (!Profiles.Contains(profile)) throw new UsageException($"--profile must be one of {string.Join(", ", Profiles)}, got '{profile}'");
        if (!Directory.Exists(dataDir)) throw new UsageException($"data folder {dataDir} does not exist (run `ppp data`)");
        var manifest = Path.Combine(dataDir, "manifest.json");
        if (!File.Exists(manifest)) return;
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var madeFor = document.RootElement.TryGetProperty("profile", out var p) ? p.GetString() : null;
        if (madeFor != profile) throw new UsageException($"data in {dataDir} was made for profile {madeFor}, not {profile}");
    }
}
