using Xunit;
namespace ParallelRepro.Tests.Effort;

/// <summary>The source trees the analyzer is checked on: our fixtures, a stdlib package nobody here wrote, and the workloads.</summary>
internal static class Corpus
{
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "TestData", "Effort");

    /// <summary>Python's standard library as Debian installs it for /usr/bin/python3 (python3.11).</summary>
    public const string StandardLibrary = "/usr/lib/python3.11";

    /// <summary>Python's own json package, from the same tree.</summary>
    public const string StandardLibraryJson = StandardLibrary + "/json";

    /// <summary>Where Debian's cython3 and python3-numpy put their packages (with their .pyx, .pxd and .pxi files).</summary>
    public static readonly string[] CythonPackages = ["/usr/lib/python3/dist-packages/Cython", "/usr/lib/python3/dist-packages/numpy"];

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

/// <summary>A fact that needs the workloads folder; skips, saying so, in a copy of the tests without one.</summary>
public sealed class WorkloadsOracleFactAttribute : FactAttribute
{
    public WorkloadsOracleFactAttribute()
    {
        if (Corpus.Workloads is null) Skip = "no src/workloads in this checkout (set PARALLELREPRO_WORKLOADS_ROOT to a checkout that has one)";
    }
}
