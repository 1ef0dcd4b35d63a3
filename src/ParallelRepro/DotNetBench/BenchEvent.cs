using System.Globalization;
using ParallelRepro.Running;

namespace ParallelRepro.DotNetBench;

/// <summary>A cell of the BenchmarkDotNet run: a C# program at a worker count (<c>group.variant@n</c> on the command line).</summary>
public readonly record struct BenchCell(string Group, string Variant, int Workers)
{
    public string Program => $"{Group}.{Variant}";

    public string Argument => string.Create(CultureInfo.InvariantCulture, $"{Program}@{Workers}");

    public static BenchCell Of(string program, int workers)
    {
        var dot = program.IndexOf('.', StringComparison.Ordinal);
        return new BenchCell(program[..dot], program[(dot + 1)..], workers);
    }
}

/// <summary>
/// One measured iteration as the bench process reports it: BenchmarkDotNet's time of proc() (<c>Ns</c>) plus what the
/// iteration left, with <c>RealS</c> the wall time of the window its CPU times cover (null from older bench processes).
/// </summary>
internal sealed record BenchSample(
    string Stage, int Index, double Ns, string? Digest, double? UserS, double? SysS, double? ChildrenUserS, double? ChildrenSysS, long? MaxRssKb, DateTimeOffset? StartedUtc,
    double? RealS = null);

/// <summary>
/// One line of the bench process's stdout protocol (after the <see cref="Marker"/>): <c>facts</c>, <c>start</c>,
/// <c>beat</c> (after every iteration) or <c>end</c> (a cell's outcome with its samples).
/// </summary>
internal sealed record BenchEvent
{
    public const string Marker = "ppp-bench ";

    public string Event { get; init; } = "";
    public string? Program { get; init; }
    public int? Workers { get; init; }
    public string? Status { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<BenchSample> Samples { get; init; } = [];
    public RuntimeFacts? Runtime { get; init; }
    public IReadOnlyDictionary<string, string?>? Libraries { get; init; }
    public string? Job { get; init; }

    /// <summary>The cores the bench process may run on (its affinity), from the facts event.</summary>
    public int? CoresAllowed { get; init; }

    /// <summary>proc() calls the cell made before its measured iterations (to let the tiered JIT finish).</summary>
    public int WarmCalls { get; init; }

    public BenchCell? Cell => Program is null || Workers is null ? null : BenchCell.Of(Program, Workers.Value);
}
