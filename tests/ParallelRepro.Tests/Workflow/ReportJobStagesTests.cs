using ParallelRepro.Cli;
using ParallelRepro.Tests.Effort;
using ParallelRepro.Tests.Fixtures;
using Spectre.Console.Testing;

namespace ParallelRepro.Tests.Workflow;

/// <summary>The report job (and CI-Simulate) runs every stage into a chosen artifacts folder; each stage must write there.</summary>
public sealed class ReportJobStagesTests
{
    [Fact]
    public async Task Effort_writes_into_the_artifacts_folder_it_is_given()
    {
        using var checkout = new FixtureCheckout();
        using var artifacts = new TempDir();
        var stderr = new StringWriter();

        var exit = await ReproApp.RunAsync(["effort", "--root", checkout.Root, "--artifacts", artifacts.Path], new TestConsole(), stderr, TimeProvider.System);

        Assert.Equal((0, ""), (exit, stderr.ToString()));
        Assert.True(File.Exists(Path.Combine(artifacts.Path, "effort.json")));
        Assert.False(File.Exists(Path.Combine(checkout.Root, "artifacts", "effort.json")));
    }
}
