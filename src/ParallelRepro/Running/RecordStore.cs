using System.Text;
using System.Text.Json;
using ParallelRepro.Common;

namespace ParallelRepro.Running;

/// <summary>
/// The append-only <c>records.jsonl</c> of one runner. Each record is written as one line and flushed
/// to disk before the next run starts, so killing the runner loses at most the run in flight.
/// </summary>
internal sealed class RecordStore(string path)
{
    public const string FileName = "records.jsonl";

    public string Path { get; } = path;

    public void Append(RunRecord record)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var line = JsonSerializer.Serialize(record, Json.Compact) + "\n";
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(Encoding.UTF8.GetBytes(line));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Reads every record. A malformed line is an error naming file and line, except a last line
    /// cut short without its newline: that is a write interrupted by a kill, and is dropped.
    /// </summary>
    public IReadOnlyList<RunRecord> ReadAll()
    {
        if (!File.Exists(Path)) return [];
        var text = File.ReadAllText(Path);
        var lines = text.Split('\n');
        var records = new List<RunRecord>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            var isTornTail = i == lines.Length - 1; // no newline after it
            try
            {
                var record = JsonSerializer.Deserialize<RunRecord>(line, Json.Options) ?? throw new JsonException("null record");
                if (record.Schema != RunRecord.CurrentSchema)
                    throw new ReproException($"{Path}:{i + 1}: record schema {record.Schema} is not supported (expected {RunRecord.CurrentSchema})");
                records.Add(record);
            }
            catch (JsonException e) when (!isTornTail)
            {
                throw new ReproException($"{Path}:{i + 1}: corrupt record: {Json.FirstLine(e.Message)}");
            }
            catch (JsonException)
            {
                // Interrupted write of the run in flight: that run is simply not recorded.
            }
        }
        return records;
    }

    /// <summary>Every records file under a folder of runner folders (<c>runs/&lt;runner&gt;/records.jsonl</c>).</summary>
    public static IEnumerable<RecordStore> Under(string runsRoot)
        => Directory.Exists(runsRoot)
            ? Directory.EnumerateFiles(runsRoot, FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => new RecordStore(p))
            : [];
}
