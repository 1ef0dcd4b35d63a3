using System.Diagnostics;
using System.Globalization;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Data;
using ParallelRepro.Planning;
using ParallelRepro.Running;
using ParallelRepro.Toolchain;
using ParallelRepro.Vocabulary;
using Spectre.Console;

namespace ParallelRepro.DotNetBench;

/// <summary>
/// The <c>repro dotnet-bench</c> stage: the C# programs measured by BenchmarkDotNet as one more runtime (label
/// ".NET 10"), on the same data, checked against the same Python serial digests, appended to the same
/// <c>records.jsonl</c>. Cells already recorded are skipped (resume), a cell that fails is recorded and the rest go
/// on, and a hung cell is killed with its process and the remaining cells run in a new one.
/// </summary>
internal sealed class DotNetBenchRunner(ReproSettings settings, BenchSettings bench, IAnsiConsole console, TimeProvider clock)
{
    public async Task<RunSummary> RunAsync(bool fresh, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var data = await new DataGenerator(settings, console).RunAsync(ct).ConfigureAwait(false);
        var runtime = settings.DotNetRuntimes.FirstOrDefault() ?? new Interpreter(bench.Label, Interpreter.DotNetScheme);
        var variants = await VariantCatalog.LoadDotNetAsync(settings, runtime, ct).ConfigureAwait(false);
        if (variants.Count == 0)
            throw new ReproException($"no C# variant matches groups {string.Join(",", settings.Groups)} and variants {string.Join(",", settings.Variants)}");
        var wikiGroups = variants.Where(v => v.Needs.Contains("wiki")).Select(v => v.Group).ToHashSet();
        await using var wiki = wikiGroups.Count == 0 ? null
            : await WikiReplicaLauncher.StartAsync(WikiReplicaLauncher.OptionsFor(settings, clock), ct).ConfigureAwait(false);
        var context = await MatrixRunner.CreateContextAsync(settings, data, ct).ConfigureAwait(false) with { WikiUrl = wiki?.ApiUrl.ToString(), WikiGroups = wikiGroups };
        context = context with
        {
            ExpectedDigests = await ReferenceOutputs.EnsureAsync(context, variants.Select(v => v.Group).Distinct(), console, clock, ct).ConfigureAwait(false),
        };

        // The C# programs feed no verdict, only their own section: the profile caps their sweep (quick: n ≤ 8), where
        // BenchmarkDotNet's many iterations per cell would otherwise double the default reproduction's time.
        var workers = settings.Workers.Where(n => n <= settings.Profile.DotNetMaxWorkers).DefaultIfEmpty(settings.Workers.Min()).ToArray();
        var cells = variants.SelectMany(v => (VariantIds.IsSerial(v.Variant) ? [1] : workers)
            .Select(n => new BenchCell(v.Group, v.Variant, n))).ToArray();
        var store = new RecordStore(Path.Combine(settings.Layout.RunnerDir(settings.Runner), RecordStore.FileName));
        var known = fresh ? [] : store.ReadAll().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var session = new BenchSession(store, console, wiki is null ? null : () => wiki.Stats.Requests);
        var reused = 0;
        foreach (var cores in settings.Cores)
        {
            var records = new BenchRecordContext(context, DotNetCommand.SourceHash(settings.Layout), bench.Label, cores, Job, null, null);
            var todo = cells.Where(c => !known.Contains(records.KeyOf(c, 0))).ToList();
            reused += cells.Length - todo.Count;
            console.MarkupLineInterpolated($"BenchmarkDotNet: {cells.Length} cell(s) on runner '{settings.Runner}' as '{bench.Label}', cores {(cores == 0 ? "all" : cores)}, profile {settings.Profile.Name}; {cells.Length - todo.Count} already recorded, {todo.Count} to measure ({Job})");
            var artifacts = Path.Combine(settings.Layout.DotNetBenchDir, settings.Runner, cores.ToString(CultureInfo.InvariantCulture));
            await session.MeasureAsync(settings, records, todo, new BenchProcess.Request(runtime, context.DataDir, context.WikiUrl, cores, todo, bench, artifacts), ct).ConfigureAwait(false);
        }
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        console.MarkupLineInterpolated($"wrote {session.Written} record(s) to {store.Path}; the .NET part took {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        return new RunSummary(store.Path, cells.Length * settings.Cores.Count, reused, session.Counts);
    }

    private string Job => $"BenchmarkDotNet Monitoring, InProcessEmit, warmups {bench.Warmups}, iterations {bench.Iterations}";
}
