using ParallelRepro.Configuration;
using ParallelRepro.Planning;
using Spectre.Console;

namespace ParallelRepro.Running;

/// <summary>What a matrix run did.</summary>
public sealed record RunSummary(string RecordsFile, int Planned, int Reused, IReadOnlyDictionary<RunStatus, int> Measured)
{
    public int Problems => Measured.Where(m => m.Key is RunStatus.Failed or RunStatus.Timeout or RunStatus.WrongOutput).Sum(m => m.Value);
}

/// <summary>The planned matrix and what identifies its runs (with the groups that need the wiki); the wiki URL is set once a replica is up.</summary>
internal sealed record MatrixPlan(RunContext Context, IReadOnlyList<PlannedRun> Runs, IReadOnlyList<string> Groups);

/// <summary>
/// The run stage: plans the matrix, skips runs already recorded with the same key (resume),
/// and measures the rest one fresh process at a time (<see cref="MeasurementLoop"/> with <see cref="ProcessRunMeasurer"/>).
/// </summary>
internal sealed class MatrixRunner(ReproSettings settings, IAnsiConsole console, TimeProvider clock)
{
    /// <summary>The plan extra runs are measured under, made by the first of them (<see cref="RunExtraAsync"/>).</summary>
    private MatrixPlan? extraPlan;

    public async Task<RunSummary> RunAsync(bool fresh, CancellationToken ct)
    {
        var matrix = await PlanAsync(settings, console, ct).ConfigureAwait(false);
        return await MeasureAsync(matrix, matrix.Runs, fresh, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs beyond the planned matrix (extra rounds aimed at undecided claims), measured exactly as planned ones:
    /// same context, speed probe and record store, and the replica when a wiki group is among them. The plan (the data
    /// check, the commit, the source hash, the variants Python lists) is made by the first call and kept for the next:
    /// the decide stage asks for one round at a time, and the plan does not change between its rounds.
    /// </summary>
    public async Task<RunSummary> RunExtraAsync(IReadOnlyList<PlannedRun> extra, CancellationToken ct)
    {
        extraPlan ??= await PlanAsync(settings, console, ct).ConfigureAwait(false);
        var groups = extra.Select(run => run.Cell.Group).Distinct(StringComparer.Ordinal).ToArray();
        return await new MeasurementLoop(settings, console, clock)
            .RunAsync(extraPlan.Context, groups, extra, new ProcessRunMeasurer(settings, clock), fresh: false, ct).ConfigureAwait(false);
    }

    private Task<RunSummary> MeasureAsync(MatrixPlan matrix, IReadOnlyList<PlannedRun> plan, bool fresh, CancellationToken ct)
        => new MeasurementLoop(settings, console, clock).RunAsync(matrix.Context, matrix.Groups, plan, new ProcessRunMeasurer(settings, clock), fresh, ct);

    /// <summary>
    /// What <c>repro run</c> would measure, in order, without measuring: data made if missing, variants listed by
    /// each runtime, the identity of the runs (their keys) and the seeded plan. Shared with <c>repro plan</c>.
    /// </summary>
    internal static async Task<MatrixPlan> PlanAsync(ReproSettings settings, IAnsiConsole console, CancellationToken ct)
    {
        var context = await MeasurementLoop.ContextAsync(settings, console, ct).ConfigureAwait(false);
        var variants = await VariantCatalog.LoadAsync(settings, ct).ConfigureAwait(false);
        // .NET runtimes run the C# programs, which have variants of their own; every .NET runtime runs the same build's.
        var dotnetVariants = await VariantCatalog.LoadDotNetAsync(settings, settings.DotNetRuntimes.FirstOrDefault(), ct).ConfigureAwait(false);
        var all = variants.Concat(dotnetVariants).ToArray();
        context = context with { WikiGroups = all.Where(v => v.Needs.Contains("wiki")).Select(v => v.Group).ToHashSet() };
        var runtimes = settings.Interpreters.Select(i => (i.Label, variants))
            .Concat(settings.DotNetRuntimes.Select(r => (r.Label, dotnetVariants))).ToArray();
        var runs = MatrixPlanner.Plan(runtimes, settings.Cores, settings.Workers, settings.Repetitions, settings.Seed, settings.Profile.BaselineFactor);
        return new MatrixPlan(context, runs, all.Select(v => v.Group).Distinct().ToArray());
    }
}
