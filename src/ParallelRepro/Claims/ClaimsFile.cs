using ParallelRepro.Common;

namespace ParallelRepro.Claims;

/// <summary>
/// Writes and reads claims.json: the one home of the verdicts. The claims stage writes it; the report, the site
/// index and publishing only read it, so every error on reading says how to make it again.
/// </summary>
internal static class ClaimsFile
{
    public const string FileName = "claims.json";
    public const string Remedy = "run 'repro claims' (Cake task Claims) to decide the claims";

    public static void Write(string path, ClaimsReport report) => Json.WriteFile(path, report);

    public static ClaimsReport Read(string path)
    {
        if (!File.Exists(path))
            throw new ReproException($"claims file not found: {path}: {Remedy}");
        ClaimsReport report;
        try
        {
            report = Json.ReadFile<ClaimsReport>(path, "claims file");
        }
        catch (ReproException e)
        {
            throw new ReproException($"{e.Message}; {Remedy}");
        }
        if (report.SchemaVersion != ClaimsReport.CurrentSchema)
            throw new ReproException($"{path}: claims schema {report.SchemaVersion} is not supported (expected {ClaimsReport.CurrentSchema}); {Remedy} again");
        return report;
    }
}
