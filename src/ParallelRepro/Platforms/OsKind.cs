namespace ParallelRepro.Platforms;

/// <summary>The three operating systems the pipeline runs on (the CI matrix's, and users' machines).</summary>
public enum OsKind
{
    Linux,
    MacOS,
    Windows,
}

/// <summary>Which OS this process runs on: the one impure step; everything else takes an <see cref="OsKind"/>.</summary>
internal static class CurrentOs
{
    public static OsKind Kind { get; } = OperatingSystem.IsWindows() ? OsKind.Windows
        : OperatingSystem.IsMacOS() ? OsKind.MacOS
        : OsKind.Linux;
}
