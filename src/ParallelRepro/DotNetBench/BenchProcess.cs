using System.Globalization;
using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Toolchain;

namespace ParallelRepro.DotNetBench;

/// <summary>What one bench process did: the cells it finished, the one it was in when it was killed or died, and how it ended.</summary>
internal sealed record BenchOutcome(BenchEvent? Facts, IReadOnlyList<BenchEvent> Ended, BenchCell? InFlight, ProcessResult Process);

/// <summary>
/// Runs <c>ParallelRepro.DotNet bench</c> over some cells and reads its events as they come. A process silent for
/// longer than the run timeout (every iteration prints a beat) is a hung cell: its whole tree is killed.
/// </summary>
internal static class BenchProcess
{
    public sealed record Request(Interpreter Runtime, string DataDir, string? WikiUrl, int Cores, IReadOnlyList<BenchCell> Cells, BenchSettings Bench, string Artifacts);

    public static async Task<BenchOutcome> RunAsync(ReproSettings settings, Request request, Action<BenchEvent> onEvent, CancellationToken ct)
    {
        List<string> args =
        [
            "bench", "--data", request.DataDir, "--profile", settings.Profile.Name,
            "--cases", string.Join(',', request.Cells.Select(c => c.Argument)),
            "--cores", Invariant(request.Cores), "--warmups", Invariant(request.Bench.Warmups), "--iterations", Invariant(request.Bench.Iterations),
            "--artifacts", request.Artifacts,
        ];
        if (request.WikiUrl is { } wiki) args.AddRange(["--wiki-url", wiki]);

        var events = new List<BenchEvent>();
        BenchCell? current = null;
        var spec = DotNetCommand.Create(settings.Layout, request.Runtime, args) with
        {
            IdleTimeout = settings.RunTimeout,
            OutputLine = line =>
            {
                if (Parse(line) is not { } e) return;
                if (e.Event == "start") current = e.Cell;
                if (e.Event == "end") current = null;
                events.Add(e);
                onEvent(e);
            },
        };
        var process = await ProcessRunner.RunAsync(spec, ct).ConfigureAwait(false);
        return new BenchOutcome(events.FirstOrDefault(e => e.Event == "facts"), events.Where(e => e.Event == "end").ToArray(), current, process);
    }

    private static BenchEvent? Parse(string line)
    {
        if (!line.StartsWith(BenchEvent.Marker, StringComparison.Ordinal)) return null;
        try
        {
            return JsonSerializer.Deserialize<BenchEvent>(line.AsSpan(BenchEvent.Marker.Length), Json.Options);
        }
        catch (JsonException)
        {
            return null; // a torn line of a killed process
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
