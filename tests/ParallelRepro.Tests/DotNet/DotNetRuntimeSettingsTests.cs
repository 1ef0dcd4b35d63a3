using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Planning;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.DotNet;

/// <summary>A <c>dotnet:</c> entry in Interpreters is a .NET runtime, planned with its own variants; Python's plan does not change.</summary>
public sealed class DotNetRuntimeSettingsTests : IDisposable
{
    private readonly TempDir dir = new();

    [Theory]
    [InlineData("dotnet=dotnet:", "dotnet", null)]
    [InlineData("dotnet:", "dotnet", null)]
    [InlineData(".NET 10=dotnet:/opt/ppp/ParallelRepro.DotNet.dll", ".NET 10", "/opt/ppp/ParallelRepro.DotNet.dll")]
    public void Dotnet_scheme_entries_are_dotnet_runtimes(string text, string label, string? assembly)
    {
        var runtime = Interpreter.Parse(text);
        Assert.True(runtime.IsDotNet);
        Assert.Equal(label, runtime.Label);
        Assert.Equal(assembly, runtime.DotNetAssembly);
        Assert.False(Interpreter.Parse("py=/usr/bin/python3").IsDotNet);
    }

    [Fact]
    public void Python_only_stages_still_see_only_Python_interpreters()
    {
        var settings = Load("py=/usr/bin/python3,dotnet=dotnet:");
        Assert.Equal(["py"], settings.Interpreters.Select(i => i.Label));
        Assert.Equal(["dotnet"], settings.DotNetRuntimes.Select(i => i.Label));
        Assert.Equal(["py", "dotnet"], settings.Runtimes.Select(i => i.Label));
    }

    [Fact]
    public void A_dotnet_runtime_alone_is_refused_with_the_reason()
    {
        var error = Assert.Throws<ReproException>(() => Load("dotnet=dotnet:"));
        Assert.Contains("at least one Python interpreter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_runtime_is_planned_with_its_own_variants()
    {
        VariantInfo[] python = [new("cpu_bound", "serial", []), new("cpu_bound", "mt", [])];
        VariantInfo[] dotnet = [new("cpu_bound", "serial", []), new("cpu_bound", "threads", []), new("cpu_bound", "parallel-for", [])];
        var plan = MatrixPlanner.Plan([("py", python), ("dotnet", dotnet)], [0], [1, 2], repetitions: 1, seed: 3);
        Assert.Equal(["mt", "serial"], plan.Where(r => r.Cell.Runtime == "py").Select(r => r.Cell.Variant).Distinct().Order());
        Assert.Equal(["parallel-for", "serial", "threads"], plan.Where(r => r.Cell.Runtime == "dotnet").Select(r => r.Cell.Variant).Distinct().Order());
        Assert.Equal(1 + 2 + 1 + 2 + 2, plan.Count);
    }

    [Fact]
    public void A_Python_only_plan_is_what_it_was()
    {
        VariantInfo[] variants = [new("cpu_bound", "serial", []), new("cpu_bound", "mt", []), new("overhead", "mp", [])];
        var before = MatrixPlanner.Plan(variants, ["a", "b"], [0, 1], [1, 2, 4], repetitions: 3, seed: 11);
        var after = MatrixPlanner.Plan([("a", variants), ("b", variants)], [0, 1], [1, 2, 4], repetitions: 3, seed: 11);
        Assert.Equal(before, after);
    }

    public void Dispose() => dir.Dispose();

    private ReproSettings Load(string interpreters)
    {
        File.WriteAllText(dir.File("cake.config"), "[Repro]\nProfile=smoke\n");
        return ReproSettings.Load(new RepoLayout(dir.Path), new SettingsOverrides { [SettingsSchema.Interpreters] = interpreters });
    }
}
