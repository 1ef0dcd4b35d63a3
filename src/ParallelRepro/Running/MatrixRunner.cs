using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Data;
using ParallelRepro.Planning;
using ParallelRepro.Toolchain;
using Spectre.Console;

namespace ParallelRepro.Running;

/// <summary>What a matrix run did.</summary>
public sealed record RunSummary(string RecordsFile, int Planned, int Reused, IReadOnlyDictionary<RunStatus, int> Measured)
{
    public int Problems => Measured.Where(m => m.Key is RunStatus.Failed or RunStatus.Timeout or RunStatus.WrongOutput).Sum(m => m.Value);
}

/// <summary>The planned matrix and what identifies its runs; the wiki URL is set once a replica is up.</summary>
internal sealed record MatrixPlan(RunContext Context, IReadOnlyList<PlannedRun> Runs, IReadOnlyList<string> Groups, IReadOnlySet<string> WikiGroups);

/// <summary>
/// The run stage: plans the matrix, skips runs already recorded with the same key (resume),
/// and measures the rest one fresh process at a time, appending each record as soon as it exists.
/// </summary>
internal sealed class MatrixRunner(ReproSettings settings, IAnsiConsole console, TimeProvider clock)
{
    public async Task<RunSummary> RunAsync(bool fresh, CancellationToken ct)
    {
        var matrix = await PlanAsync(settings, console, ct).ConfigureAwait(false);
        return await MeasureAsync(matrix, matrix.Runs, fresh, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs beyond the planned matrix (extra rounds aimed at undecided claims), measured exactly as planned ones:
    /// same context, replica, speed probe and record store.
    /// </summary>
    public async Task<RunSummary> RunExtraAsync(IReadOnlyList<PlannedRun> extra, CancellationToken ct)
    {
        var matrix = await PlanAsync(settings, console, ct).ConfigureAwait(false);
        return await MeasureAsync(matrix, extra, fresh: false, ct).ConfigureAwait(false);
    }

    private async Task<RunSummary> MeasureAsync(MatrixPlan matrix, IReadOnlyList<PlannedRun> plan, bool fresh, CancellationToken ct)
    {
        // The I/O-bound program needs a MediaWiki API for the whole run: the replica on loopback.
        // A user-given API (the real one) replaces the replica.
        await using var wiki = matrix.WikiGroups.Count == 0 || settings.WikiUrl is not null ? null
            : await WikiReplicaLauncher.StartAsync(WikiReplicaLauncher.OptionsFor(settings, clock), ct).ConfigureAwait(false);
        if (wiki is not null)
            console.MarkupLineInterpolated($"MediaWiki API replica for {string.Join(", ", matrix.WikiGroups)}: {wiki.ApiUrl}");
        var context = matrix.Context with { WikiUrl = settings.WikiUrl ?? wiki?.ApiUrl.ToString() };
        context = context with
        {
            ExpectedDigests = await ReferenceOutputs.EnsureAsync(context, matrix.Groups, console, clock, ct).ConfigureAwait(false),
        };

        var store = StoreFor(settings);
        var todo = ToMeasure(plan, context, store, fresh);
        console.MarkupLineInterpolated($"plan: {plan.Count} run(s) on runner '{settings.Runner}', profile {settings.Profile.Name}; {plan.Count - todo.Length} already recorded, {todo.Length} to measure");

        var counts = new Dictionary<RunStatus, int>();
        var probes = new List<double>();
        var launcher = new WorkloadLauncher(context, clock, LoopCalibration.For(settings));
        await RunProgress.RunAsync(console, todo.Length, async report =>
        {
            foreach (var run in todo)
            {
                var requestsBefore = wiki?.Stats.Requests;
                var record = await launcher.RunAsync(run, ct).ConfigureAwait(false);
                if (matrix.WikiGroups.Contains(run.Cell.Group))
                    record = record with { WikiRequests = wiki?.Stats.Requests - requestsBefore, Wiki = WikiReplicaLauncher.Describe(settings) };
                store.Append(record);
                if (record.ProbeS is { } probe) probes.Add(probe);
                counts[record.Status] = counts.GetValueOrDefault(record.Status) + 1;
                report(record);
            }
        }).ConfigureAwait(false);

        console.MarkupLineInterpolated($"wrote {todo.Length} record(s) to {store.Path}");
        if (SpeedProbe.Describe(probes) is { } spread)
            console.MarkupLineInterpolated($"machine speed during the run (speed probe before each run): {spread}");
        if (wiki is not null)
            console.MarkupLineInterpolated($"the replica answered {wiki.Stats.Requests} request(s)");
        return new RunSummary(store.Path, plan.Count, plan.Count - todo.Length, counts);
    }

    /// <summary>
    /// What <c>repro run</c> would measure, in order, without measuring: data made if missing, variants listed by
    /// each runtime, the identity of the runs (their keys) and the seeded plan. Shared with <c>repro plan</c>.
    /// </summary>
    internal static async Task<MatrixPlan> PlanAsync(ReproSettings settings, IAnsiConsole console, CancellationToken ct)
    {
        var data = await new DataGenerator(settings, console).RunAsync(ct).ConfigureAwait(false);
        var variants = await VariantCatalog.LoadAsync(settings, ct).ConfigureAwait(false);
        // .NET runtimes run the C# programs, which have variants of their own; every .NET runtime runs the same build's.
        var dotnetVariants = await VariantCatalog.LoadDotNetAsync(settings, settings.DotNetRuntimes.FirstOrDefault(), ct).ConfigureAwait(false);
        var all = variants.Concat(dotnetVariants).ToArray();
        var wikiGroups = all.Where(v => v.Needs.Contains("wiki")).Select(v => v.Group).ToHashSet();
        var context = await CreateContextAsync(settings, data, ct).ConfigureAwait(false) with { WikiGroups = wikiGroups };
        var runtimes = settings.Interpreters.Select(i => (i.Label, variants))
            .Concat(settings.DotNetRuntimes.Select(r => (r.Label, dotnetVariants))).ToArray();
        var runs = MatrixPlanner.Plan(runtimes, settings.Cores, settings.Workers, settings.Repetitions, settings.Seed, settings.Profile.BaselineFactor);
        return new MatrixPlan(context, runs, all.Select(v => v.Group).Distinct().ToArray(), wikiGroups);
    }

    internal static RecordStore StoreFor(ReproSettings settings)
        => new(Path.Combine(settings.Layout.RunnerDir(settings.Runner), RecordStore.FileName));

    /// <summary>The planned runs without a record of the same key (all of them when <paramref name="fresh"/>): resume.</summary>
    internal static PlannedRun[] ToMeasure(IReadOnlyList<PlannedRun> plan, RunContext context, RecordStore store, bool fresh)
    {
        var known = fresh ? [] : store.ReadAll().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return plan.Where(run => !known.Contains(context.KeyOf(run))).ToArray();
    }

    /// <summary>What identifies the runs of this checkout: commit, source hashes, data; shared with <c>repro dotnet-bench</c>.</summary>
    internal static async Task<RunContext> CreateContextAsync(ReproSettings settings, DataManifest data, CancellationToken ct)
    {
        var commit = await GitInfo.CommitAsync(settings.Layout.Root, ct).ConfigureAwait(false);
        var sourceHash = settings.Layout.WorkloadSourceHash();
        string? compiler = null;
        if (File.Exists(settings.Layout.ToolchainFile))
            compiler = Json.ReadFile<Toolchain.ToolchainReport>(settings.Layout.ToolchainFile, "toolchain report").Compiler.Version;
        return new RunContext(settings, commit, sourceHash, data, settings.Layout.DataDir(settings.Profile.Name, settings.Seed),
            new Dictionary<string, string>(), compiler)
        {
            DotNetSourceHash = settings.DotNetRuntimes.Count > 0 ? DotNetCommand.SourceHash(settings.Layout) : null,
        };
    }
}
