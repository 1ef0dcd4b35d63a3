using ParallelRepro.Common;
using ParallelRepro.Toolchain;

namespace ParallelRepro.Tests.Toolchain;

public sealed class InstallPlanTests
{
    private static ToolchainReport Report(string path, PythonFacts facts, string? compilerError = null)
        => new(DateTimeOffset.UnixEpoch, new MachineInfo("os", "x64", "cpu", 2),
            [new InterpreterStatus("py", path, facts, null)],
            new CompilerFacts("cc", compilerError is null ? "gcc 12" : null, compilerError is null, "201511", compilerError));

    [Fact]
    public void Debian_system_python_gets_apt_packages_for_what_is_missing()
    {
        if (!OperatingSystem.IsLinux()) return;
        var plan = InstallPlan.For(Report("/usr/bin/python3", new PythonFacts { Libraries = new Dictionary<string, string?> { ["numpy"] = "1.24", ["psutil"] = "5.9" } }), "req.txt");
        Assert.Equal(["cython3", "python3-dev"], plan.AptPackages);
        Assert.Equal("apt-get install -y cython3 python3-dev", plan.Commands().Single());
    }

    [Fact]
    public void Other_interpreters_get_pip_with_the_requirements_file()
    {
        var plan = InstallPlan.For(Report("/opt/py/bin/python3", new PythonFacts { Libraries = new Dictionary<string, string?> { ["cython"] = "3.0" } }), "src/workloads/requirements.txt");
        Assert.Empty(plan.AptPackages);
        Assert.Equal("/opt/py/bin/python3 -m pip install -r src/workloads/requirements.txt", plan.Commands().Single());
    }

    [Fact]
    public void Nothing_missing_means_nothing_to_do()
    {
        var report = Report("/usr/bin/python3", new PythonFacts { Libraries = new Dictionary<string, string?> { ["cython"] = "3.0", ["numpy"] = "1.24", ["psutil"] = "5.9" } });
        Assert.True(InstallPlan.For(report, "r").IsEmpty);
        Assert.Empty(report.Problems());
    }

    [Fact]
    public void A_missing_compiler_is_a_problem_and_installs_gcc()
    {
        var report = Report("/usr/bin/python3", new PythonFacts { Libraries = new Dictionary<string, string?> { ["cython"] = "3.0", ["numpy"] = "1", ["psutil"] = "1" } }, "C compiler 'cc' not found");
        Assert.Equal(["C compiler 'cc' not found"], report.Problems());
        Assert.Contains("gcc", InstallPlan.For(report, "r").AptPackages);
    }

    [Theory]
    [InlineData("ID=debian\nVERSION_ID=\"12\"", true)]
    [InlineData("ID=linuxmint\nID_LIKE=\"ubuntu debian\"", true)]
    [InlineData("ID=fedora", false)]
    public void Apt_is_used_only_on_debian_like_systems(string osRelease, bool expected)
        => Assert.Equal(expected, AptInstaller.IsDebianLike(osRelease));
}
