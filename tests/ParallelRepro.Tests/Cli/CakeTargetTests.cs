using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Cli;

/// <summary>The Cake entry point refuses what it does not know instead of running the default.</summary>
[Trait("Category", "EndToEnd")]
public sealed class CakeTargetTests
{
    private static Task<ProcessResult> Cake(params string[] args)
        => ProcessRunner.RunAsync(new ProcessSpec("dotnet", ["cake", .. args]) { WorkingDirectory = Repo.Root, Timeout = TimeSpan.FromMinutes(2) });

    [Fact]
    public async Task Unknown_target_fails_with_its_name()
    {
        var result = await Cake("--target=NoSuchTarget");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("The target 'NoSuchTarget' was not found", result.StandardOutput + result.StandardErrorTail, StringComparison.Ordinal);
    }

    // Compile checks the forwarded arguments (repro settings --check), so nothing after it runs: not the doctor,
    // not a measurement.
    [Fact]
    public async Task Misspelled_option_fails_right_after_the_build()
    {
        var result = await Cake("--target=Doctor", "--profle=smoke");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error: unknown option --profle (known: --profile,", result.StandardOutput + result.StandardErrorTail, StringComparison.Ordinal);
        Assert.DoesNotContain("toolchain.json", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_reproducibility_refuses_a_bad_tolerance_before_measuring_anything()
    {
        var result = await Cake("--target=Bench-Reproducibility", "--tolerance=ten");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error: invalid tolerance 'ten': expected a number", result.StandardOutput + result.StandardErrorTail, StringComparison.Ordinal);
        Assert.DoesNotContain("toolchain.json", result.StandardOutput, StringComparison.Ordinal);
    }
}
