using System.Text.Json.Nodes;

namespace ParallelRepro.Tests.Cli;

/// <summary>
/// repro runs beside the programs it measures, so it must not work in the background while they run: with tiered
/// compilation the runtime recompiled its hot methods on a background thread, 0.3-0.75 s of CPU during the first runs
/// after each decide step (README, "The orchestrator keeps quiet").
/// </summary>
public sealed class OrchestratorRuntimeTests
{
    [Fact]
    public void Repro_is_compiled_without_tiered_compilation()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "repro.runtimeconfig.json")))!;

        Assert.False(config["runtimeOptions"]!["configProperties"]!["System.Runtime.TieredCompilation"]!.GetValue<bool>());
    }
}
