using System.Globalization;
using ParallelRepro.Configuration;
using ParallelRepro.Planning;

namespace ParallelRepro.Running;

/// <summary>
/// The Python launcher as a measurer: each planned run in a fresh process (<see cref="WorkloadLauncher"/>, which also
/// runs the <c>dotnet:</c> runtimes' harness), one record per run, with the replica's requests during it.
/// </summary>
internal sealed class ProcessRunMeasurer(ReproSettings settings, TimeProvider clock) : IMeasurer<PlannedRun>
{
    public string Heading => "plan";

    public string Unit => "run";

    public string KeyOf(RunContext context, PlannedRun run) => context.KeyOf(run);

    public async Task MeasureAsync(MeasurementScope scope, IReadOnlyList<PlannedRun> todo, CancellationToken ct)
    {
        var launcher = new WorkloadLauncher(scope.Context, clock, LoopCalibration.For(settings));
        foreach (var run in todo)
        {
            var requestsBefore = scope.ReplicaRequests;
            var record = await launcher.RunAsync(run, ct).ConfigureAwait(false);
            if (scope.Context.WikiGroups.Contains(run.Cell.Group))
                record = record with { WikiRequests = scope.ReplicaRequests - requestsBefore, Wiki = WikiReplicaLauncher.Describe(settings) };
            scope.Ended([record], Summary(record));
        }
    }

    /// <summary>"cpu_bound.mt n=2 cores=all [py] rep 0: ok 0.123 s", with the reason of a run that did not end ok.</summary>
    private static string Summary(RunRecord record)
    {
        var time = record.ProcTimeS is { } t ? t.ToString("0.000", CultureInfo.InvariantCulture) + " s" : "-";
        return string.Create(CultureInfo.InvariantCulture,
            $"{record.Cell} rep {record.Repetition}: {record.Status.ToString().ToLowerInvariant()} {time}{(record.Reason is null ? "" : " (" + record.Reason + ")")}");
    }
}
