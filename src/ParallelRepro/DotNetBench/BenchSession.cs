using System.Globalization;
using ParallelRepro.Configuration;
using ParallelRepro.Running;
using ParallelRepro.Statistics;
using ParallelRepro.Toolchain;

namespace ParallelRepro.DotNetBench;

/// <summary>A cell at one affinity size: what the BenchmarkDotNet measurer plans, skips when recorded, and records.</summary>
internal readonly record struct BenchRun(int Cores, BenchCell Cell);

/// <summary>
/// BenchmarkDotNet as a measurer: one bench process per affinity size measures many cells. Runs bench processes until
/// every cell has an outcome: a cell that hung or crashed its process is recorded and the rest run in a new process.
/// </summary>
internal sealed class BenchSession(ReproSettings settings, BenchSettings bench, Interpreter runtime) : IMeasurer<BenchRun>
{
    private readonly string sourceHash = DotNetCommand.SourceHash(settings.Layout);

    public string Heading => $"BenchmarkDotNet as '{bench.Label}' ({Job})";

    public string Unit => "cell";

    private string Job => $"BenchmarkDotNet Monitoring, InProcessEmit, warmups {bench.Warmups}, iterations {bench.Iterations}";

    /// <summary>A cell's first iteration stands for the cell: its other records are written with it.</summary>
    public string KeyOf(RunContext context, BenchRun run) => RecordsFor(context, run.Cores).KeyOf(run.Cell, 0);

    public async Task MeasureAsync(MeasurementScope scope, IReadOnlyList<BenchRun> todo, CancellationToken ct)
    {
        foreach (var cores in todo.Select(r => r.Cores).Distinct())
        {
            var cells = todo.Where(r => r.Cores == cores).Select(r => r.Cell).ToList();
            var artifacts = Path.Combine(settings.Layout.DotNetBenchDir, settings.Runner, cores.ToString(CultureInfo.InvariantCulture));
            var request = new BenchProcess.Request(runtime, scope.Context.DataDir, scope.Context.WikiUrl, cores, cells, bench, artifacts);
            await MeasureAsync(scope, RecordsFor(scope.Context, cores), cells, request, ct).ConfigureAwait(false);
        }
    }

    private BenchRecordContext RecordsFor(RunContext context, int cores) => new(context, sourceHash, bench.Label, cores, Job, null, null);

    private async Task MeasureAsync(MeasurementScope scope, BenchRecordContext records, List<BenchCell> todo, BenchProcess.Request request, CancellationToken ct)
    {
        while (todo.Count > 0)
        {
            long? requestsAtStart = null;
            var outcome = await BenchProcess.RunAsync(settings, request with { Cells = todo.ToArray() }, e =>
            {
                if (e.Event == "facts") records = records with { Facts = e.Runtime, Libraries = e.Libraries, CoresAllowed = e.CoresAllowed };
                if (e.Event == "start") requestsAtStart = scope.ReplicaRequests;
                if (e.Event != "end" || e.Cell is not { } cell) return;
                var requests = scope.ReplicaRequests is { } now && requestsAtStart is { } before && records.Run.WikiGroups.Contains(cell.Group) ? now - before : (long?)null;
                Ended(scope, BenchRecords.FromEnd(records, e, requests));
                todo.Remove(cell);
            }, ct).ConfigureAwait(false);
            if (todo.Count == 0) break;
            if (outcome.InFlight is { } stuck)
            {
                // One cell hung or crashed its process: record it, then the rest run in a new process.
                var status = outcome.Process.TimedOut ? RunStatus.Timeout : RunStatus.Failed;
                var reason = outcome.Process.TimedOut
                    ? $"no progress for {settings.RunTimeout.TotalSeconds:0} s: the bench process was killed, the remaining cells ran in a new one"
                    : $"the bench process exited with code {outcome.Process.ExitCode}: {PythonProbe.LastLine(outcome.Process.StandardErrorTail)}";
                Ended(scope, [BenchRecords.Problem(records, stuck, status, reason, outcome.Process.StandardErrorTail)]);
                todo.Remove(stuck);
                continue;
            }
            // The process ended without reaching these cells: nothing more to learn by starting it again.
            var why = outcome.Process.Succeeded
                ? "BenchmarkDotNet did not run this cell (see artifacts/dotnet-bench/<runner>/benchmarkdotnet.log)"
                : $"the bench process {(outcome.Process.TimedOut ? "was killed after no progress" : $"exited with code {outcome.Process.ExitCode}")}: {PythonProbe.LastLine(outcome.Process.StandardErrorTail)}";
            foreach (var cell in todo.ToArray())
            {
                Ended(scope, [BenchRecords.Problem(records, cell, RunStatus.Failed, why, outcome.Process.StandardErrorTail)]);
                todo.Remove(cell);
            }
        }
    }

    /// <summary>A cell's records, and its progress line: the median of its ok iterations, or why it did not end ok.</summary>
    private static void Ended(MeasurementScope scope, IReadOnlyList<RunRecord> records)
    {
        var ok = records.Where(r => r.Status == RunStatus.Ok && r.ProcTimeS is not null).Select(r => r.ProcTimeS!.Value).ToArray();
        var problem = ok.Length > 0 ? null : records.First(r => r.Status != RunStatus.Ok);
        var what = problem is null
            ? string.Create(CultureInfo.InvariantCulture, $"ok, median {Quantiles.Median(ok):0.0000} s over {ok.Length} iteration(s)")
            : $"{RunStatusNames.Of(problem.Status)} ({problem.Reason})";
        scope.Ended(records, $"{records[0].Cell}: {what}");
    }
}
