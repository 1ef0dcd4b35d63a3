using ParallelRepro.Configuration;
using ParallelRepro.Platforms;

namespace ParallelRepro.Tests.Platforms;

/// <summary>Every OS-specific decision, checked for every OS on whichever OS runs the tests.</summary>
public sealed class PlatformDecisionTests
{
    [Theory]
    [InlineData(OsKind.Linux, "fork")]
    [InlineData(OsKind.MacOS, "spawn")]
    [InlineData(OsKind.Windows, "spawn")]
    public void Start_method_is_pinned_per_OS(OsKind os, string method) => Assert.Equal(method, StartMethods.For(os));

    [Fact]
    public void OpenMP_flags_per_OS()
    {
        Assert.Equal(new[] { "-fopenmp" }, OpenMpToolchain.For(OsKind.Linux, null).Compile);
        Assert.Equal(new[] { "-fopenmp" }, OpenMpToolchain.For(OsKind.Linux, null).Link);
        Assert.Equal(new[] { "/openmp" }, OpenMpToolchain.For(OsKind.Windows, null).Compile);
        var mac = OpenMpToolchain.For(OsKind.MacOS, "/opt/homebrew/opt/libomp");
        Assert.Equal(new[] { "-Xpreprocessor", "-fopenmp", "-I/opt/homebrew/opt/libomp/include" }, mac.Compile);
        Assert.Equal(new[] { "-L/opt/homebrew/opt/libomp/lib", "-lomp" }, mac.Link);
        Assert.Equal(new[] { "-Xpreprocessor", "-fopenmp", "-lomp" }, OpenMpToolchain.For(OsKind.MacOS, null).Probe);
    }

    [Fact]
    public void Libomp_is_found_from_the_variable_then_Homebrews_prefixes_and_only_on_macOS()
    {
        Assert.Equal("/usr/local/opt/libomp", OpenMpToolchain.FindLibomp(OsKind.MacOS, null, dir => dir == "/usr/local/opt/libomp"));
        Assert.Equal("/opt/homebrew/opt/libomp", OpenMpToolchain.FindLibomp(OsKind.MacOS, null, _ => true));
        Assert.Equal("/custom/libomp", OpenMpToolchain.FindLibomp(OsKind.MacOS, "/custom/libomp/", _ => false));
        Assert.Null(OpenMpToolchain.FindLibomp(OsKind.MacOS, null, _ => false));
        Assert.Null(OpenMpToolchain.FindLibomp(OsKind.Linux, "/custom/libomp", _ => true));
    }

    [Fact]
    public void Only_macOS_hands_its_flags_to_the_extension_build()
    {
        var mac = OpenMpToolchain.BuildEnvironment(OsKind.MacOS, OpenMpToolchain.For(OsKind.MacOS, "/p"));
        Assert.Equal("-Xpreprocessor -fopenmp -I/p/include", mac["PPP_OPENMP_CFLAGS"]);
        Assert.Equal("-L/p/lib -lomp", mac["PPP_OPENMP_LDFLAGS"]);
        Assert.Empty(OpenMpToolchain.BuildEnvironment(OsKind.Linux, OpenMpToolchain.For(OsKind.Linux, null)));
    }

    [Fact]
    public void The_compiler_probe_is_skipped_only_where_there_is_no_cc()
    {
        Assert.Equal(new CompilerProbePlan("cc", "omp_probe", null), CompilerProbe.For(OsKind.Linux, null));
        Assert.Equal(new CompilerProbePlan("clang", "omp_probe", null), CompilerProbe.For(OsKind.MacOS, "clang"));
        Assert.False(CompilerProbe.For(OsKind.Windows, null).Runs);
        Assert.Equal(new CompilerProbePlan("gcc", "omp_probe.exe", null), CompilerProbe.For(OsKind.Windows, "gcc"));
    }

    [Fact]
    public void Default_interpreter_per_OS()
    {
        Assert.Equal("python3=/usr/bin/python3", InterpreterDefaults.For(OsKind.Linux, path => path == "/usr/bin/python3"));
        Assert.Equal("python3=python3", InterpreterDefaults.For(OsKind.Linux, _ => false));
        Assert.Equal("python3=python3", InterpreterDefaults.For(OsKind.MacOS, _ => true));
        Assert.Equal("python=python", InterpreterDefaults.For(OsKind.Windows, _ => true));
    }

    [Theory]
    [InlineData("3.11", "py311")]
    [InlineData("3.13t", "py313t")]
    [InlineData("3.14t", "py314t")]
    public void A_setup_python_version_becomes_an_interpreter_label(string version, string label)
    {
        Assert.Equal(label, InterpreterDefaults.LabelForVersion(version));
        var interpreter = Interpreter.Parse($"{label}=/opt/python/bin/python3");
        Assert.Equal(label, interpreter.Label);
        Assert.Equal(label, interpreter.Slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pypy3.10")]
    [InlineData("3.x")]
    public void Versions_that_are_not_CPython_numbers_are_refused(string version)
        => Assert.Throws<ArgumentException>(() => InterpreterDefaults.LabelForVersion(version));
}
