using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>
/// A Python runtime to measure: a label for reports, the interpreter to start, and optionally the
/// GIL forced on or off (free-threaded builds read <c>PYTHON_GIL</c>; other builds ignore it, and
/// every record says what <c>sys._is_gil_enabled()</c> actually reported).
/// </summary>
public sealed record Interpreter(string Label, string Path, bool? Gil = null)
{
    private const string GilSuffix = "?gil=";

    /// <summary>Parses <c>label=path[?gil=on|off]</c>, or a bare path whose file name becomes the label.</summary>
    public static Interpreter Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) throw new ReproException("empty interpreter entry (expected label=path[?gil=on|off] or a path)");
        bool? gil = null;
        var query = trimmed.IndexOf(GilSuffix, StringComparison.Ordinal);
        if (query >= 0)
        {
            gil = trimmed[(query + GilSuffix.Length)..].Trim().ToLowerInvariant() switch
            {
                "on" or "1" => true,
                "off" or "0" => false,
                var other => throw new ReproException($"interpreter '{trimmed}': gil must be on or off, not '{other}'"),
            };
            trimmed = trimmed[..query];
        }
        var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
        var (label, path) = equals > 0
            ? (trimmed[..equals].Trim(), trimmed[(equals + 1)..].Trim())
            : (System.IO.Path.GetFileName(trimmed), trimmed);
        if (path.Length == 0) throw new ReproException($"interpreter '{text.Trim()}' has no path");
        return new Interpreter(label, path, gil);
    }

    /// <summary>A label safe to use as a folder name.</summary>
    public string Slug => new(Label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());

    /// <summary>Environment that forces the GIL state, when one was asked for.</summary>
    public IReadOnlyDictionary<string, string?> Environment
        => Gil is { } on ? new Dictionary<string, string?> { ["PYTHON_GIL"] = on ? "1" : "0" } : new Dictionary<string, string?>();
}
