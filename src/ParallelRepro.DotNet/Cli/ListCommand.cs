using System.Text.Json;
using ParallelRepro.DotNet.Harness;
using ParallelRepro.DotNet.Workloads;

namespace ParallelRepro.DotNet.Cli;

/// <summary><c>list</c>: every variant as <c>{group, variant, needs}</c>, the shape of <c>python -m ppp list</c>.</summary>
internal static class ListCommand
{
    public static int Execute(TextWriter stdout)
    {
        var entries = Catalog.All.Select(v => new { group = v.Group, variant = v.Name, needs = v.Needs });
        stdout.WriteLine(JsonSerializer.Serialize(entries, JsonFiles.Options));
        return ExitCodes.Ok;
    }
}
