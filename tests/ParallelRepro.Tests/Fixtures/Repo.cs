using ParallelRepro.Configuration;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>The checkout the tests run in, found from the test assembly's location.</summary>
internal static class Repo
{
    public static RepoLayout Layout { get; } = RepoLayout.Discover(AppContext.BaseDirectory);

    public static string Root => Layout.Root;

    /// <summary>Debian's interpreter sees the Cython/numpy/psutil packages that CI installs.</summary>
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}
