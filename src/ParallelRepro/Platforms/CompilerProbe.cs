namespace ParallelRepro.Platforms;

/// <summary>How the doctor compiles its OpenMP probe on an OS, or why it cannot.</summary>
public sealed record CompilerProbePlan(string Compiler, string BinaryName, string? SkipReason)
{
    public bool Runs => SkipReason is null;
}

/// <summary>
/// The doctor's C compiler: CC, else <c>cc</c>. On Windows there is no <c>cc</c>: setuptools finds MSVC
/// through the Visual Studio installer, outside PATH, so the probe is skipped there and the build stage,
/// which goes through setuptools, is the check.
/// </summary>
internal static class CompilerProbe
{
    public static CompilerProbePlan For(OsKind os, string? ccVariable)
    {
        var compiler = string.IsNullOrWhiteSpace(ccVariable) ? "cc" : ccVariable.Trim();
        return os == OsKind.Windows && string.IsNullOrWhiteSpace(ccVariable)
            ? new CompilerProbePlan("cl", "omp_probe.exe", "MSVC is found by setuptools, not on PATH: the build stage checks OpenMP")
            : new CompilerProbePlan(compiler, os == OsKind.Windows ? "omp_probe.exe" : "omp_probe", null);
    }
}
