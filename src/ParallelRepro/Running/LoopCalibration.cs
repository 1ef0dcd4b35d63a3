using System.Globalization;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Planning;

namespace ParallelRepro.Running;

/// <summary>
/// How many calls of proc() each cell's runs time in one process (<c>ppp/loops.py</c>). The first run of a cell
/// passes <c>--loops auto</c>; the harness picks k so that the timed span reaches its minimum, and that k is kept
/// here and passed as <c>--loops k</c> to every later run of the cell, so all runs of a cell are alike.
/// Persisted beside the records (<c>runs/&lt;runner&gt;/loops.json</c>) so that a resumed or extended run keeps it.
/// k is not part of a record's key: it follows from the cell, it does not make another measurement.
/// </summary>
internal sealed class LoopCalibration
{
    public const string FileName = "loops.json";
    public const string Auto = "auto";

    private readonly SortedDictionary<string, int> loops;

    private LoopCalibration(string path, SortedDictionary<string, int> loops) => (Path, this.loops) = (path, loops);

    public string Path { get; }

    /// <summary>The calibration of the configured runner, beside its records.</summary>
    public static LoopCalibration For(ReproSettings settings)
        => Load(System.IO.Path.Combine(settings.Layout.RunnerDir(settings.Runner), FileName));

    /// <summary>The calibration kept at <paramref name="path"/>, or an empty one if there is none yet.</summary>
    public static LoopCalibration Load(string path)
    {
        if (!File.Exists(path)) return new LoopCalibration(path, new SortedDictionary<string, int>(StringComparer.Ordinal));
        var file = Json.ReadFile<LoopsFile>(path, "loop calibration");
        if (file.Loops is null)
            throw new ReproException($"{path}: loop calibration has no 'loops' object");
        if (file.Loops.FirstOrDefault(e => e.Value < 1) is { Key: { } bad, Value: var k })
            throw new ReproException($"{path}: loop calibration of '{bad}' is {k}, expected at least 1");
        return new LoopCalibration(path, new SortedDictionary<string, int>(file.Loops.ToDictionary(e => e.Key, e => e.Value), StringComparer.Ordinal));
    }

    /// <summary>The value of <c>--loops</c> for a run of <paramref name="cell"/>: its k, or auto until it has one.</summary>
    public string ArgumentFor(string profile, Cell cell)
        => loops.TryGetValue(KeyOf(profile, cell), out var k) ? k.ToString(CultureInfo.InvariantCulture) : Auto;

    /// <summary>The k a cell's runs use, once a run has calibrated it.</summary>
    public int? LoopsOf(string profile, Cell cell) => loops.TryGetValue(KeyOf(profile, cell), out var k) ? k : null;

    /// <summary>Keeps the k a successful calibrating run chose; a cell's k, once kept, never changes.</summary>
    public void Remember(RunRecord record)
    {
        if (record is not { Status: RunStatus.Ok, Loops: { } k and >= 1 }) return;
        if (!loops.TryAdd(KeyOf(record.Profile, record.Cell), k)) return;
        Json.WriteFile(Path, new LoopsFile(loops));
    }

    /// <summary>The cell and the profile (whose sizes set how long a call takes); the runner is the folder.</summary>
    private static string KeyOf(string profile, Cell cell) => $"{profile} {cell}";

    private sealed record LoopsFile(IReadOnlyDictionary<string, int>? Loops)
    {
        public int Schema { get; init; } = 1;
    }
}
