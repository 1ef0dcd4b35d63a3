using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Cli;

/// <summary>
/// `repro settings --check`, which the Cake script's Compile task runs on the arguments it forwards, and the
/// settings every verb accepts because Cake forwards all of them to every task.
/// </summary>
public sealed class SettingsVerbTests
{
    [Fact]
    public async Task A_misspelled_argument_fails_naming_it_and_the_known_ones()
    {
        var result = await ReproCli.RunAsync("settings", "--check", "--profile=smoke", "--profle=smoke");
        CliAssert.OneLineError(result, "unknown option --profle (known: --profile, --workers");
    }

    [Fact]
    public async Task A_bad_value_fails_before_any_task_runs()
        => CliAssert.OneLineError(await ReproCli.RunAsync("settings", "--check", "--tolerance=ten"), "invalid tolerance 'ten': expected a number");

    [Fact]
    public async Task Good_arguments_pass()
    {
        var result = await ReproCli.RunAsync("settings", "--check", "--profile=smoke", "--groups=cpu_bound", "--ft-optimized=true");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("3 argument(s) checked", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_check_it_lists_every_setting_with_its_cake_config_key()
    {
        var result = await ReproCli.RunAsync("settings");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.All(SettingsSchema.All, s => Assert.Contains(s.Option, result.Output, StringComparison.Ordinal));
        Assert.Contains("[Repro] TimeoutSeconds", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arguments_without_check_are_refused()
        => CliAssert.OneLineError(await ReproCli.RunAsync("settings", "--profile=smoke"), "put --check before them");

    /// <summary>A verb that does not read --tolerance still accepts it: Cake forwards it to every task of the graph.</summary>
    [Fact]
    public async Task A_verb_accepts_the_task_arguments_it_does_not_read()
    {
        var result = await ReproCli.RunAsync("profile", "cpu_bound.mt", "--root", Repo.Root, "--interpreters", $"py={Repo.Python}", "--groups", "io_bound",
            "--if-selected", "--tolerance=0.2", "--legs=/nowhere", "--ft-optimized=true");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("profile: skipped, cpu_bound is not among the groups (io_bound)", result.Output, StringComparison.Ordinal);
    }
}
