using System.Diagnostics;
using System.Globalization;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Planning;
using ParallelRepro.Running;
using ParallelRepro.Vocabulary;
using Spectre.Console;

namespace ParallelRepro.DotNetBench;

/// <summary>
/// The <c>repro dotnet-bench</c> stage: the C# programs measured by BenchmarkDotNet as one more runtime (label
/// ".NET 10"), on the same data, checked against the same Python serial digests, appended to the same
/// <c>records.jsonl</c>, through the same <see cref="MeasurementLoop"/> as <c>repro run</c>. Cells already recorded are
/// skipped (resume), a cell that fails is recorded and the rest go on, and a hung cell is killed with its process and
/// the remaining cells run in a new one (<see cref="BenchSession"/>).
/// </summary>
internal sealed class DotNetBenchRunner(ReproSettings settings, BenchSettings bench, IAnsiConsole console, TimeProvider clock)
{
    public async Task<RunSummary> RunAsync(bool fresh, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var context = await MeasurementLoop.ContextAsync(settings, console, ct).ConfigureAwait(false);
        var runtime = settings.DotNetRuntimes.FirstOrDefault() ?? new Interpreter(bench.Label, Interpreter.DotNetScheme);
        var variants = await VariantCatalog.LoadDotNetAsync(settings, runtime, ct).ConfigureAwait(false);
        if (variants.Count == 0)
            throw new ReproException($"no C# variant matches groups {string.Join(",", settings.Groups)} and variants {string.Join(",", settings.Variants)}");
        context = context with { WikiGroups = variants.Where(v => v.Needs.Contains("wiki")).Select(v => v.Group).ToHashSet() };

        // The C# programs feed no verdict, only their own section: the profile caps their sweep (quick: n ≤ 2, the
        // cores of the 2-core machine the default is sized for), where BenchmarkDotNet's many iterations per cell would
        // otherwise double the default reproduction's time. n = 4 cost 16 s a run there, which the decide stage's
        // rounds need more.
        var workers = settings.Workers.Where(n => n <= settings.Profile.DotNetMaxWorkers).DefaultIfEmpty(settings.Workers.Min()).ToArray();
        var cells = variants.SelectMany(v => (VariantIds.IsSerial(v.Variant) ? [1] : workers)
            .Select(n => new BenchCell(v.Group, v.Variant, n))).ToArray();
        var plan = settings.Cores.SelectMany(cores => cells.Select(cell => new BenchRun(cores, cell))).ToArray();

        var summary = await new MeasurementLoop(settings, console, clock)
            .RunAsync(context, variants.Select(v => v.Group).Distinct(), plan, new BenchSession(settings, bench, runtime), fresh, ct).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        console.MarkupLineInterpolated($"the .NET part took {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        return summary;
    }
}
