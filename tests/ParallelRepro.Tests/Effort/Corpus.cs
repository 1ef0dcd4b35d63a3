using Xunit;
namespace ParallelRepro.Tests.Effort;

/// <summary>The source trees the analyzer is checked on: our fixtures, a stdlib package nobody here wrote, and the workloads.</summary>
internal static class Corpus
{
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "TestData", "Effort");

    /// <summary>Python's own json package, as Debian installs it for /usr/bin/python3.</summary>
    public const string StandardLibraryJson = "/usr/lib/python3.11/json";

    /// <summary>src/workloads of this checkout, or of the checkout named by PARALLELREPRO_WORKLOADS_ROOT; null if absent.</summary>
    public static string? Workloads
    {
        get
        {
            if (Environment.GetEnvironmentVariable("PARALLELREPRO_WORKLOADS_ROOT") is { Length: > 0 } root)
                return Path.Combine(root, "src", "workloads");
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "cake.config")))
                {
                    var workloads = Path.Combine(dir.FullName, "src", "workloads");
                    return Directory.Exists(workloads) ? workloads : null;
                }
            }
            return null;
        }
    }

    public static IReadOnlyList<string> Files(string root, params string[] extensions)
        => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}__pycache__{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
}

/// <summary>A fact that needs the workloads folder and both tools; skips, saying which is missing.</summary>
public sealed class WorkloadsOracleFactAttribute : FactAttribute
{
    public WorkloadsOracleFactAttribute()
    {
        if (Corpus.Workloads is null) Skip = "no src/workloads in this checkout (set PARALLELREPRO_WORKLOADS_ROOT to a checkout that has one)";
        else if (!OracleTools.McCabeAvailable) Skip = $"PyCQA mccabe is not installed for {OracleTools.Python} (apt-get install python3-mccabe)";
        else if (!OracleTools.ClocAvailable) Skip = "cloc is not installed (apt-get install cloc)";
    }
}
