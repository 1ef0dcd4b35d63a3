using System.Text.Json;
using ParallelRepro.DotNet.Harness;

namespace ParallelRepro.DotNet.Benchmarks;

/// <summary>One measured iteration of a case as the pipeline receives it; <c>RealS</c> is the wall time of the window the CPU times cover.</summary>
internal sealed record SampleEvent(
    string Stage, int Index, double Ns, string? Digest, double? UserS, double? SysS, double? ChildrenUserS, double? ChildrenSysS, long? MaxRssKb, DateTimeOffset? StartedUtc,
    double? RealS = null);

/// <summary>The end of a case: ok with its samples, or failed with the reason.</summary>
internal sealed record CaseEvent(string Event, string Program, int Workers, string Status, string? Reason, IReadOnlyList<SampleEvent> Samples, int WarmCalls = 0);

/// <summary>
/// The protocol on stdout, one JSON object per line behind a marker: <c>facts</c> once, <c>start</c> and <c>end</c>
/// per case, <c>beat</c> after every iteration. The pipeline reads the lines as they come: a silent process is a
/// hung case, killed and recorded as a timeout, and the remaining cases run in a new process.
/// </summary>
internal static class BenchEvents
{
    public const string Marker = "ppp-bench ";

    public static TextWriter Output { get; set; } = Console.Out;

    public static void Facts(string job, int coresAllowed, string bdnVersion)
        => Write(new
        {
            @event = "facts", runtime = RuntimeDescription.Current, libraries = new Dictionary<string, string> { ["BenchmarkDotNet"] = bdnVersion }, job,
            // The cores this process may run on after Affinity.Apply: what bounds its CPU utilization.
            coresAllowed,
        });

    public static void Start(BenchCase c) => Write(new { @event = "start", program = c.Program, workers = c.Workers });

    public static void Beat() => Write(new { @event = "beat" });

    public static void End(CaseEvent e) => Write(e);

    private static void Write(object value)
    {
        var line = Marker + JsonSerializer.Serialize(value, JsonFiles.Line);
        lock (Output)
        {
            Output.WriteLine(line);
            Output.Flush();
        }
    }
}
