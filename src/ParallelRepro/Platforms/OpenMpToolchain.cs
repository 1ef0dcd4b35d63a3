namespace ParallelRepro.Platforms;

/// <summary>Compiler and linker flags that turn on OpenMP, with where they came from.</summary>
public sealed record OpenMpFlagSet(IReadOnlyList<string> Compile, IReadOnlyList<string> Link)
{
    /// <summary>What the one-file probe passes to the compiler: compile and link in one command.</summary>
    public IReadOnlyList<string> Probe => [.. Compile, .. Link];
}

/// <summary>
/// OpenMP per OS. GCC on Linux: one flag. Apple clang has no -fopenmp driver flag: the preprocessor
/// route plus Homebrew's libomp, which is keg-only (not on the default search paths), so its prefix
/// must be named. Windows: MSVC's /openmp, found by setuptools; the probe does not run there
/// (<see cref="CompilerProbe"/>).
/// </summary>
internal static class OpenMpToolchain
{
    /// <summary>Homebrew's libomp on Apple silicon, then on Intel Macs.</summary>
    public static readonly string[] LibompPrefixes = ["/opt/homebrew/opt/libomp", "/usr/local/opt/libomp"];

    public static OpenMpFlagSet For(OsKind os, string? libompPrefix) => os switch
    {
        OsKind.MacOS when libompPrefix is not null => new(
            ["-Xpreprocessor", "-fopenmp", $"-I{libompPrefix}/include"],
            [$"-L{libompPrefix}/lib", "-lomp"]),
        OsKind.MacOS => new(["-Xpreprocessor", "-fopenmp"], ["-lomp"]),
        OsKind.Windows => new(["/openmp"], []),
        _ => new(["-fopenmp"], ["-fopenmp"]),
    };

    /// <summary>
    /// libomp's prefix on macOS: LIBOMP_PREFIX when set (CI sets it from <c>brew --prefix libomp</c>),
    /// else the first Homebrew location that exists; null elsewhere or when none is found.
    /// </summary>
    public static string? FindLibomp(OsKind os, string? libompPrefixVariable, Func<string, bool> directoryExists)
    {
        if (os != OsKind.MacOS) return null;
        if (!string.IsNullOrWhiteSpace(libompPrefixVariable)) return libompPrefixVariable.Trim().TrimEnd('/');
        return LibompPrefixes.FirstOrDefault(directoryExists);
    }

    /// <summary>The flags for this machine.</summary>
    public static OpenMpFlagSet Current()
        => For(CurrentOs.Kind, FindLibomp(CurrentOs.Kind, Environment.GetEnvironmentVariable("LIBOMP_PREFIX"), Directory.Exists));

    /// <summary>
    /// What the build stage hands to <c>ppp build</c> so the Cython extensions get the same flags as the
    /// probe. Only on macOS: elsewhere ppp's own defaults (GCC's -fopenmp, MSVC's /openmp) are already right.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> BuildEnvironment(OsKind os, OpenMpFlagSet flags)
        => os == OsKind.MacOS
            ? new Dictionary<string, string?> { ["PPP_OPENMP_CFLAGS"] = string.Join(' ', flags.Compile), ["PPP_OPENMP_LDFLAGS"] = string.Join(' ', flags.Link) }
            : new Dictionary<string, string?>();
}
