using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Data;
using ParallelRepro.Toolchain;
using Spectre.Console;

namespace ParallelRepro.Running;

/// <summary>
/// The measurement sequence of every measuring verb (<c>repro run</c>, its extra rounds, <c>repro dotnet-bench</c>):
/// the MediaWiki replica on loopback while a wiki group is measured, the serial reference digests, resume (a run whose
/// key is recorded is skipped unless fresh), progress, each record appended as soon as it exists, and what was written.
/// How a run is measured is the <see cref="IMeasurer{TRun}"/>'s business.
/// </summary>
internal sealed class MeasurementLoop(ReproSettings settings, IAnsiConsole console, TimeProvider clock)
{
    /// <param name="context">What identifies the runs (<see cref="ContextAsync"/>), with the groups that need the wiki.</param>
    /// <param name="groups">The groups measured: each needs its serial reference digest.</param>
    /// <param name="plan">Every run planned, in order; those already recorded are skipped.</param>
    public async Task<RunSummary> RunAsync<TRun>(
        RunContext context, IEnumerable<string> groups, IReadOnlyList<TRun> plan, IMeasurer<TRun> measurer, bool fresh, CancellationToken ct)
    {
        // The I/O-bound program needs a MediaWiki API for the whole run: the replica on loopback, started only when a
        // group measured needs it. A user-given API (the real one) replaces the replica.
        var measured = groups.ToArray();
        await using var wiki = !measured.Any(context.WikiGroups.Contains) || settings.WikiUrl is not null ? null
            : await WikiReplicaLauncher.StartAsync(WikiReplicaLauncher.OptionsFor(settings, clock), ct).ConfigureAwait(false);
        if (wiki is not null)
            console.MarkupLineInterpolated($"MediaWiki API replica for {string.Join(", ", context.WikiGroups)}: {wiki.ApiUrl}");
        context = context with { WikiUrl = settings.WikiUrl ?? wiki?.ApiUrl.ToString() };
        context = context with
        {
            ExpectedDigests = await ReferenceOutputs.EnsureAsync(context, measured, console, clock, ct).ConfigureAwait(false),
        };

        var store = StoreFor(settings);
        var todo = ToMeasure(plan, run => measurer.KeyOf(context, run), store, fresh);
        console.MarkupLineInterpolated($"{measurer.Heading}: {plan.Count} {measurer.Unit}(s) on runner '{settings.Runner}', profile {settings.Profile.Name}; {plan.Count - todo.Length} already recorded, {todo.Length} to measure");

        var counts = new Dictionary<RunStatus, int>();
        var probes = new List<double>();
        var cpuProbes = new List<CpuProbes>();
        var written = 0;
        await RunProgress.RunAsync(console, todo.Length, async report =>
        {
            var scope = new MeasurementScope(context, wiki is null ? null : () => wiki.Stats.Requests, (records, summary) =>
            {
                foreach (var record in records)
                {
                    store.Append(record);
                    if (record.ProbeS is { } probe) probes.Add(probe);
                    if (record.CpuProbesS is { } perCpu) cpuProbes.Add(perCpu);
                    counts[record.Status] = counts.GetValueOrDefault(record.Status) + 1;
                    written++;
                }
                report(records, summary);
            });
            await measurer.MeasureAsync(scope, todo, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);

        console.MarkupLineInterpolated($"wrote {written} record(s) to {store.Path}");
        if (SpeedProbe.Describe(probes) is { } spread)
            console.MarkupLineInterpolated($"machine speed during the run (speed probe before each run): {spread}");
        if (CpuProbes.Describe(cpuProbes) is { } perCpuSpread)
            console.MarkupLineInterpolated($"each CPU's speed (probed on it before and after each run): {perCpuSpread}");
        if (wiki is not null)
            console.MarkupLineInterpolated($"the replica answered {wiki.Stats.Requests} request(s)");
        return new RunSummary(store.Path, plan.Count, plan.Count - todo.Length, counts);
    }

    /// <summary>The data (made if missing) and what identifies the runs of this checkout: commit, source hashes, data.</summary>
    public static async Task<RunContext> ContextAsync(ReproSettings settings, IAnsiConsole console, CancellationToken ct)
    {
        var data = await new DataGenerator(settings, console).RunAsync(ct).ConfigureAwait(false);
        var commit = await GitInfo.CommitAsync(settings.Layout.Root, ct).ConfigureAwait(false);
        var sourceHash = settings.Layout.WorkloadSourceHash();
        string? compiler = null;
        if (File.Exists(settings.Layout.ToolchainFile))
            compiler = Json.ReadFile<ToolchainReport>(settings.Layout.ToolchainFile, "toolchain report").Compiler.Version;
        return new RunContext(settings, commit, sourceHash, data, settings.Layout.DataDir(settings.Profile.Name, settings.Seed),
            new Dictionary<string, string>(), compiler)
        {
            DotNetSourceHash = settings.DotNetRuntimes.Count > 0 ? DotNetCommand.SourceHash(settings.Layout) : null,
        };
    }

    public static RecordStore StoreFor(ReproSettings settings)
        => new(Path.Combine(settings.Layout.RunnerDir(settings.Runner), RecordStore.FileName));

    /// <summary>The planned runs without a record of the same key (all of them when <paramref name="fresh"/>): resume.</summary>
    public static TRun[] ToMeasure<TRun>(IReadOnlyList<TRun> plan, Func<TRun, string> keyOf, RecordStore store, bool fresh)
    {
        var known = fresh ? [] : store.ReadAll().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return plan.Where(run => !known.Contains(keyOf(run))).ToArray();
    }
}
