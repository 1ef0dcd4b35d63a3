using ParallelRepro.Claims;

namespace ParallelRepro.Reporting;

/// <summary>
/// Fills a report's <c>data/</c> folder with the files it was built from, under their usual names,
/// and says which exist (the report links only to those).
/// </summary>
internal static class ReportDataFolder
{
    public const string Name = "data";

    /// <summary>Copies the inputs into <paramref name="dataDir"/>, unless they already are that folder (a rebuild from it).</summary>
    public static void Fill(ReportInputs inputs, string dataDir)
    {
        var target = Path.GetFullPath(dataDir);
        if (string.Equals(Path.GetFullPath(inputs.Sources.Folder).TrimEnd(Path.DirectorySeparatorChar), target.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            return;
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true); // no stale file from an earlier build
        Directory.CreateDirectory(Path.Combine(target, ClaimSources.ProfilesFolder));
        Copy(inputs.Sources.ResultsJson, target, ClaimSources.ResultsFileName);
        Copy(inputs.ClaimsJson, target, ClaimsFile.FileName);
        Copy(inputs.ResultsCsv, target, ReportInputs.CsvFileName);
        Copy(inputs.Sources.EffortJson, target, EffortJsonFile.FileName);
        Copy(inputs.Deviations, target, ReportInputs.DeviationsFileName);
        foreach (var profile in inputs.Sources.ProfileJsons)
            Copy(profile, target, Path.Combine(ClaimSources.ProfilesFolder, Path.GetFileName(profile)));
    }

    /// <summary>Data files present, as paths relative to the report folder, in a fixed order.</summary>
    public static IReadOnlyList<string> Files(string dataDir)
        => Directory.Exists(dataDir)
            ? Directory.EnumerateFiles(dataDir, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Select(f => Name + "/" + Path.GetRelativePath(dataDir, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal).ToArray()
            : [];

    private static void Copy(string? source, string dataDir, string name)
    {
        if (source is not null) File.Copy(source, Path.Combine(dataDir, name), overwrite: true);
    }
}
