using System.Globalization;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Planning;

namespace ParallelRepro.Reproducibility;

/// <summary>
/// One runner's side of a compared cell: the cell's median proc time and its speedup against the serial,
/// with its 95 % interval (Summary.RatioInterval).
/// </summary>
public sealed record SpeedupSide(double MedianS, double Speedup, double SpeedupLow, double SpeedupHigh)
{
    /// <summary>(high − low) / speedup: how wide the noise makes this speedup, relative to it.</summary>
    public double RelativeWidth => (SpeedupHigh - SpeedupLow) / Speedup;

    public bool Overlaps(SpeedupSide other) => SpeedupLow <= other.SpeedupHigh && other.SpeedupLow <= SpeedupHigh;
}

/// <summary>A cell measured by both runners, above the median floor in both.</summary>
public sealed record ComparedCell(Cell Cell, SpeedupSide A, SpeedupSide B, bool WithinTolerance)
{
    /// <summary>B's speedup over A's, minus 1: +0.05 = B found a 5 % larger speedup.</summary>
    public double RelativeDifference => B.Speedup / A.Speedup - 1;

    /// <summary>Whether the two speedup intervals share a value: if not, the difference is beyond the runs' own noise.</summary>
    public bool IntervalsOverlap => A.Overlaps(B);
}

/// <summary>Why a parallel cell of either runner was not compared.</summary>
public enum SkipReason
{
    /// <summary>A median at or below the floor in at least one runner.</summary>
    BelowMinMedian,
    /// <summary>In both, but without a speedup in at least one (no successful run, or no serial to divide by).</summary>
    NoSpeedup,
    OnlyInA,
    OnlyInB,
}

/// <summary>A parallel cell left out of the comparison, and why in words.</summary>
public sealed record SkippedCell(Cell Cell, SkipReason Why, string Detail);

/// <summary>The content of <c>compare-&lt;a&gt;-vs-&lt;b&gt;.json</c>.</summary>
public sealed record SpeedupComparisonReport
{
    public const int CurrentSchema = 1;

    public int SchemaVersion { get; init; } = CurrentSchema;
    public required DateTimeOffset CreatedUtc { get; init; }
    public required RunnerInfo RunnerA { get; init; }
    public required RunnerInfo RunnerB { get; init; }
    /// <summary>Largest |B/A − 1| still counted as reproduced.</summary>
    public required double Tolerance { get; init; }
    /// <summary>Cells are compared only when their median proc time is above this in both runners.</summary>
    public required double MinMedianS { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>Compared cells, worst first (largest |B/A − 1|).</summary>
    public required IReadOnlyList<ComparedCell> Cells { get; init; }
    public required IReadOnlyList<SkippedCell> Skipped { get; init; }

    public int Within => Cells.Count(c => c.WithinTolerance);
    public int Outside => Cells.Count - Within;
    public int IntervalsOverlap => Cells.Count(c => c.IntervalsOverlap);

    /// <summary>"34 cells with median > 0.2 s in both: 14 within ±10 %, 20 outside; speedup intervals overlap in 33 of 34".</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Cells.Count} cell{(Cells.Count == 1 ? "" : "s")} with median > {MinMedianS:0.###} s in both: {Within} within {TolerancePercent(Tolerance)}, {Outside} outside; speedup intervals overlap in {IntervalsOverlap} of {Cells.Count}");

    public static string TolerancePercent(double tolerance) => string.Create(CultureInfo.InvariantCulture, $"±{tolerance * 100:0.##} %");

    /// <summary>Where the comparison is written: <c>compare-&lt;a&gt;-vs-&lt;b&gt;.json</c> in the artifacts folder.</summary>
    public static string FileName(string runnerA, string runnerB) => $"compare-{SafeName(runnerA)}-vs-{SafeName(runnerB)}.json";

    public void Write(string path) => Json.WriteFile(path, this);

    /// <summary>A runner label as a file-name part.</summary>
    public static string SafeName(string label)
        => new(label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
}
