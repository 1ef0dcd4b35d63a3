using ParallelRepro.Common;

namespace ParallelRepro.Claims;

/// <summary>Writes and reads claims.json.</summary>
internal static class ClaimsFile
{
    public const string FileName = "claims.json";

    public static void Write(string path, ClaimsReport report) => Json.WriteFile(path, report);

    public static ClaimsReport Read(string path)
    {
        var report = Json.ReadFile<ClaimsReport>(path, "claims file");
        if (report.SchemaVersion != ClaimsReport.CurrentSchema)
            throw new ReproException($"{path}: claims schema {report.SchemaVersion} is not supported (expected {ClaimsReport.CurrentSchema}); re-run 'repro claims'");
        return report;
    }
}
