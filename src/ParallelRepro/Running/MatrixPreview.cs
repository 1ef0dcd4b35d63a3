using ParallelRepro.Common;
using ParallelRepro.Configuration;
using Spectre.Console;

namespace ParallelRepro.Running;

/// <summary>One planned run as <c>repro plan</c> shows it: where it falls in the order, and the exact command.</summary>
public sealed record PreviewRun(
    int Order, string Key, int Repetition, string Runtime, int Cores, string Program, int Workers, bool Recorded, PreviewCommand Command);

/// <summary>
/// A run's command, argument by argument. The harness writes its record to <see cref="MatrixPreview.ResultPlaceholder"/>
/// and the program's output to <see cref="MatrixPreview.OutputPlaceholder"/>: a caller substitutes files of its own.
/// </summary>
public sealed record PreviewCommand(string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string?> Environment, string? WorkingDirectory);

/// <summary>The whole plan: <c>repro plan --json FILE</c> writes this.</summary>
public sealed record MatrixPreviewDocument(string Runner, string Profile, int Seed, int Planned, int Recorded, IReadOnlyList<PreviewRun> Runs);

/// <summary>
/// <c>repro plan</c>: what <c>repro run</c> would measure — the same plan, keys and commands — without measuring.
/// Lets a user check a matrix before a long run, and lets an external timer (hyperfine) run exactly the
/// command the harness runs.
/// </summary>
internal static class MatrixPreview
{
    public const string ResultPlaceholder = "{result}";
    public const string OutputPlaceholder = "{output}";

    /// <summary>Stands for the local replica's address, which exists only while <c>repro run</c> runs.</summary>
    public const string ReplicaPlaceholder = "{replica}";

    public static async Task<MatrixPreviewDocument> CreateAsync(ReproSettings settings, IAnsiConsole console, CancellationToken ct)
    {
        var matrix = await MatrixRunner.PlanAsync(settings, console, ct).ConfigureAwait(false);
        var context = matrix.Context with { WikiUrl = settings.WikiUrl ?? ReplicaPlaceholder };
        var store = MeasurementLoop.StoreFor(settings);
        var todo = MeasurementLoop.ToMeasure(matrix.Runs, context.KeyOf, store, fresh: false).Select(context.KeyOf).ToHashSet(StringComparer.Ordinal);
        var launcher = new WorkloadLauncher(context, TimeProvider.System, LoopCalibration.For(settings));
        var runs = matrix.Runs.Select((run, i) =>
        {
            var key = context.KeyOf(run);
            var spec = launcher.CommandFor(run, ResultPlaceholder, OutputPlaceholder);
            return new PreviewRun(i + 1, key, run.Repetition, run.Cell.Runtime, run.Cell.Cores, run.Cell.Program, run.Cell.Workers,
                Recorded: !todo.Contains(key), new PreviewCommand(spec.FileName, spec.Arguments, spec.Environment, spec.WorkingDirectory));
        }).ToArray();
        return new MatrixPreviewDocument(settings.Runner, settings.Profile.Name, settings.Seed, runs.Length, runs.Count(r => r.Recorded), runs);
    }
}
