using ParallelRepro.Common;
using ParallelRepro.Platforms;

namespace ParallelRepro.Toolchain;

/// <summary>What the C compiler can do: its version and whether an OpenMP program builds and runs.</summary>
public sealed record CompilerFacts(string Command, string? Version, bool OpenMp, string? OpenMpVersion, string? Error)
{
    /// <summary>Why the probe did not run here (Windows: the build stage checks MSVC's OpenMP instead).</summary>
    public string? Note { get; init; }
}

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

    public static async Task<CompilerFacts> RunAsync(CancellationToken ct)
    {
        var plan = CompilerProbe.For(CurrentOs.Kind, Environment.GetEnvironmentVariable("CC"));
        if (!plan.Runs) return new CompilerFacts(plan.Compiler, null, false, null, null) { Note = plan.SkipReason };
        var compiler = plan.Compiler;
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
            var binary = Path.Combine(dir.FullName, plan.BinaryName);
            await File.WriteAllTextAsync(source, Probe, ct).ConfigureAwait(false);
            string[] args = [.. OpenMpToolchain.Current().Compile, source, "-o", binary, .. OpenMpToolchain.Current().Link];
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
