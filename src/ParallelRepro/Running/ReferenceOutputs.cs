using ParallelRepro.Common;
using ParallelRepro.Planning;
using ParallelRepro.Vocabulary;
using Spectre.Console;

namespace ParallelRepro.Running;

/// <summary>
/// The serial program's output digest per group, for the current sources and data: the answer every
/// parallel variant is checked against. Computed once by an unmeasured serial run and cached beside the data.
/// </summary>
internal static class ReferenceOutputs
{
    private sealed record Reference(string Group, string SourceHash, string Digest);

    public static async Task<IReadOnlyDictionary<string, string>> EnsureAsync(
        RunContext context, IEnumerable<string> groups, IAnsiConsole console, TimeProvider clock, CancellationToken ct)
    {
        var digests = new Dictionary<string, string>();
        var launcher = new WorkloadLauncher(context, clock);
        foreach (var group in groups)
        {
            var path = Path.Combine(context.DataDir, "reference", $"{group}.json");
            if (File.Exists(path) && Json.ReadFile<Reference>(path, "reference digest") is { } cached && cached.SourceHash == context.SourceHash)
            {
                digests[group] = cached.Digest;
                continue;
            }
            console.MarkupLineInterpolated($"computing the reference output of {group}.serial ...");
            var cell = new Cell(context.Settings.Interpreters[0].Label, 0, group, VariantIds.Serial, 1);
            var record = await launcher.RunAsync(new PlannedRun(cell, -1), ct).ConfigureAwait(false);
            if (record.Digest is null || record.Status is RunStatus.Failed or RunStatus.Timeout or RunStatus.Unavailable)
                throw new ReproException($"the reference run of {group}.serial failed: {record.Reason}");
            Json.WriteFile(path, new Reference(group, context.SourceHash, record.Digest));
            digests[group] = record.Digest;
        }
        return digests;
    }
}
