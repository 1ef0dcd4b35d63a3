using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Toolchain;

namespace ParallelRepro.Planning;

/// <summary>The workload package is the source of truth for which programs and variants exist.</summary>
internal static class VariantCatalog
{
    public static async Task<IReadOnlyList<VariantInfo>> LoadAsync(ReproSettings settings, CancellationToken ct)
    {
        var spec = PythonCommand.Create(settings.Layout, settings.Interpreters[0], ["-m", "ppp", "list", "--all"]) with { Timeout = TimeSpan.FromSeconds(60) };
        var result = await ProcessRunner.RunAsync(spec, ct).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new ReproException($"'python -m ppp list' failed: {PythonProbe.LastLine(result.StandardErrorTail)}");
        var all = JsonSerializer.Deserialize<List<VariantInfo>>(result.StandardOutput, Json.Options) ?? [];
        var unknown = settings.Groups.Except(all.Select(v => v.Group)).ToArray();
        if (unknown.Length > 0)
            throw new ReproException($"unknown group(s): {string.Join(", ", unknown)} (known: {string.Join(", ", all.Select(v => v.Group).Distinct())})");
        var selected = all.Where(v => settings.Groups.Contains(v.Group) && settings.Selects(v.Group, v.Variant)).ToArray();
        if (selected.Length == 0)
            throw new ReproException($"no variant matches --variants {string.Join(",", settings.Variants)} in group(s) {string.Join(", ", settings.Groups)}");
        return selected;
    }

    /// <summary>
    /// The C# programs' variants (<c>ParallelRepro.DotNet list</c>, the same shape), for the selected groups and
    /// variants; empty when no .NET runtime is measured. Groups were already checked against the Python package.
    /// </summary>
    public static async Task<IReadOnlyList<VariantInfo>> LoadDotNetAsync(ReproSettings settings, Interpreter? runtime, CancellationToken ct)
    {
        if (runtime is null) return [];
        var spec = DotNetCommand.Create(settings.Layout, runtime, ["list"]) with { Timeout = TimeSpan.FromSeconds(60) };
        var result = await ProcessRunner.RunAsync(spec, ct).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new ReproException($"'{DotNetCommand.AssemblyName} list' failed: {PythonProbe.LastLine(result.StandardErrorTail)}");
        var all = JsonSerializer.Deserialize<List<VariantInfo>>(result.StandardOutput, Json.Options) ?? [];
        return all.Where(v => settings.Groups.Contains(v.Group) && settings.Selects(v.Group, v.Variant)).ToArray();
    }
}
