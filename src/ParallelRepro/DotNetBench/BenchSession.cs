using System.Globalization;
using ParallelRepro.Configuration;
using ParallelRepro.Running;
using ParallelRepro.Statistics;
using ParallelRepro.Toolchain;
using Spectre.Console;

namespace ParallelRepro.DotNetBench;

/// <summary>Runs bench processes until every cell has an outcome, appending records as cells end.</summary>
internal sealed class BenchSession(RecordStore store, IAnsiConsole console, Func<long>? wikiRequests)
{
    public Dictionary<RunStatus, int> Counts { get; } = [];
    public int Written { get; private set; }

    public async Task MeasureAsync(ReproSettings settings, BenchRecordContext records, List<BenchCell> todo, BenchProcess.Request request, CancellationToken ct)
    {
        var total = todo.Count;
        while (todo.Count > 0)
        {
            long? requestsAtStart = null;
            var outcome = await BenchProcess.RunAsync(settings, request with { Cells = todo.ToArray() }, e =>
            {
                if (e.Event == "facts") records = records with { Facts = e.Runtime, Libraries = e.Libraries, CoresAllowed = e.CoresAllowed };
                if (e.Event == "start") requestsAtStart = wikiRequests?.Invoke();
                if (e.Event != "end" || e.Cell is not { } cell) return;
                var requests = wikiRequests is not null && requestsAtStart is { } before && records.Run.WikiGroups.Contains(cell.Group) ? wikiRequests() - before : (long?)null;
                Append(BenchRecords.FromEnd(records, e, requests), total - todo.Count + 1, total);
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
                Append([BenchRecords.Problem(records, stuck, status, reason, outcome.Process.StandardErrorTail)], total - todo.Count + 1, total);
                todo.Remove(stuck);
                continue;
            }
            // The process ended without reaching these cells: nothing more to learn by starting it again.
            var why = outcome.Process.Succeeded
                ? "BenchmarkDotNet did not run this cell (see artifacts/dotnet-bench/<runner>/benchmarkdotnet.log)"
                : $"the bench process {(outcome.Process.TimedOut ? "was killed after no progress" : $"exited with code {outcome.Process.ExitCode}")}: {PythonProbe.LastLine(outcome.Process.StandardErrorTail)}";
            foreach (var cell in todo.ToArray())
            {
                Append([BenchRecords.Problem(records, cell, RunStatus.Failed, why, outcome.Process.StandardErrorTail)], total - todo.Count + 1, total);
                todo.Remove(cell);
            }
        }
    }

    private void Append(IReadOnlyList<RunRecord> records, int done, int total)
    {
        foreach (var record in records)
        {
            store.Append(record);
            Counts[record.Status] = Counts.GetValueOrDefault(record.Status) + 1;
            Written++;
        }
        var first = records[0];
        var ok = records.Where(r => r.Status == RunStatus.Ok && r.ProcTimeS is not null).Select(r => r.ProcTimeS!.Value).ToArray();
        var what = ok.Length > 0
            ? string.Create(CultureInfo.InvariantCulture, $"ok, median {Quantiles.Median(ok):0.0000} s over {ok.Length} iteration(s)")
            : $"{RunStatusNames.Of(records.First(r => r.Status != RunStatus.Ok).Status)} ({records.First(r => r.Status != RunStatus.Ok).Reason})";
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {first.Cell}: {what}"));
    }
}
