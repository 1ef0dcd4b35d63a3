using ParallelRepro.Common;

namespace ParallelRepro.Toolchain.FreeThreaded;

/// <summary>
/// Where the free-threaded build is cached: <c>${XDG_CACHE_HOME:-$HOME/.cache}/parallelrepro/python3.13t-&lt;recipe&gt;</c>,
/// or the folder named by <see cref="Variable"/>. The folder name carries the recipe: when what the build contains
/// changes (r2: Cython, setuptools and psutil installed; test modules left out), a new folder is built and an older
/// build is never reused. The optimized build (PGO and LTO) has a folder of its own.
/// </summary>
internal static class FreeThreadedPrefix
{
    public const string Variable = "PARALLELREPRO_FREE_THREADED_PREFIX";
    public const string Recipe = "r2";

    /// <param name="environment">Reads an environment variable (tests pass their own).</param>
    public static string Resolve(Func<string, string?> environment, bool optimized)
    {
        if (environment(Variable) is { } given && !string.IsNullOrWhiteSpace(given)) return Path.GetFullPath(given.Trim());
        var cache = environment("XDG_CACHE_HOME");
        if (string.IsNullOrWhiteSpace(cache))
        {
            var home = environment("HOME");
            if (string.IsNullOrWhiteSpace(home))
                throw new ReproException($"free-threaded CPython: neither HOME nor XDG_CACHE_HOME is set; set {Variable} to the folder to build it in");
            cache = Path.Combine(home, ".cache");
        }
        return Path.Combine(cache, "parallelrepro", $"python3.13t-{Recipe}{(optimized ? "-opt" : "")}");
    }
}
