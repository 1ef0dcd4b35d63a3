namespace ParallelRepro.Platforms;

/// <summary>The Python to measure when none is configured, per OS.</summary>
internal static class InterpreterDefaults
{
    /// <summary>
    /// Debian's interpreter sees Debian's Cython and numpy (the packages the doctor installs); elsewhere
    /// the one on PATH, which on Windows is called <c>python</c> (python.org's installer makes no python3).
    /// </summary>
    public static string For(OsKind os, Func<string, bool> fileExists) => os switch
    {
        OsKind.Linux when fileExists("/usr/bin/python3") => "python3=/usr/bin/python3",
        OsKind.Windows => "python=python",
        _ => "python3=python3",
    };

    /// <summary>
    /// The interpreter of the project's own Python scripts and tests (not a measured runtime): Debian's, which sees
    /// the apt-installed Cython, numpy and psutil, where a pyenv python3 first on PATH would not.
    /// </summary>
    public static string ForScripts(Func<string, bool> fileExists) => fileExists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    /// <summary>
    /// The interpreter label of a CI leg from its setup-python version: "3.13t" becomes "py313t", so a
    /// free-threaded build keeps its "t" and every label is a safe folder name.
    /// </summary>
    public static string LabelForVersion(string version)
    {
        var trimmed = version.Trim();
        if (trimmed.Length == 0 || trimmed.Any(c => !(char.IsAsciiDigit(c) || c is '.' or 't')) || !char.IsAsciiDigit(trimmed[0]))
            throw new ArgumentException($"not a CPython version like 3.13 or 3.13t: '{version}'", nameof(version));
        return "py" + trimmed.Replace(".", "", StringComparison.Ordinal);
    }
}
