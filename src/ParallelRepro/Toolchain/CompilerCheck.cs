using ParallelRepro.Common;

namespace ParallelRepro.Toolchain;

/// <summary>What the C compiler can do: its version and whether an OpenMP program builds and runs.</summary>
public sealed record CompilerFacts(string Command, string? Version, bool OpenMp, string? OpenMpVersion, string? Error);

/// <summary>
/// Compiles and runs a tiny OpenMP program, the only reliable test that Cython's <c>prange</c>
/// extensions will link and actually run threads.
/// </summary>
internal static class CompilerCheck
{
    private const string Probe = """
        #include <omp.h>
        #include <stdio.h>
        int main(void) {
            int threads = 0;
            #pragma omp parallel
            {
                #pragma omp atomic
                threads++;
            }
            printf("%d %d\n", _OPENMP, threads);
            return threads > 0 ? 0 : 1;
        }
        """;

    public static string CompilerCommand => Environment.GetEnvironmentVariable("CC") is { Length: > 0 } cc ? cc : "cc";

    public static async Task<CompilerFacts> RunAsync(CancellationToken ct)
    {
        var compiler = CompilerCommand;
        string? version;
        try
        {
            var v = await ProcessRunner.RunAsync(new ProcessSpec(compiler, ["--version"]) { Timeout = TimeSpan.FromSeconds(30) }, ct).ConfigureAwait(false);
            version = v.Succeeded ? v.StandardOutput.Split('\n')[0].Trim() : null;
        }
        catch (ReproException)
        {
            return new CompilerFacts(compiler, null, false, null, $"C compiler '{compiler}' not found");
        }

        var dir = Directory.CreateTempSubdirectory("repro-omp-");
        try
        {
            var source = Path.Combine(dir.FullName, "omp_probe.c");
            var binary = Path.Combine(dir.FullName, OperatingSystem.IsWindows() ? "omp_probe.exe" : "omp_probe");
            await File.WriteAllTextAsync(source, Probe, ct).ConfigureAwait(false);
            var args = OpenMpFlags.For(OperatingSystem.IsMacOS()).Concat([source, "-o", binary]).ToArray();
            var build = await ProcessRunner.RunAsync(new ProcessSpec(compiler, args) { Timeout = TimeSpan.FromSeconds(60) }, ct).ConfigureAwait(false);
            if (!build.Succeeded)
                return new CompilerFacts(compiler, version, false, null, $"OpenMP test program did not compile: {PythonProbe.LastLine(build.StandardErrorTail)}");
            var run = await ProcessRunner.RunAsync(new ProcessSpec(binary, []) { Timeout = TimeSpan.FromSeconds(30) }, ct).ConfigureAwait(false);
            if (!run.Succeeded)
                return new CompilerFacts(compiler, version, false, null, "OpenMP test program did not run");
            return new CompilerFacts(compiler, version, true, run.StandardOutput.Split(' ')[0].Trim(), null);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

/// <summary>The flags that turn on OpenMP: GCC's one flag, or Apple clang's preprocessor route to libomp.</summary>
internal static class OpenMpFlags
{
    public static IReadOnlyList<string> For(bool appleClang)
        => appleClang ? ["-Xpreprocessor", "-fopenmp", "-lomp"] : ["-fopenmp"];
}
