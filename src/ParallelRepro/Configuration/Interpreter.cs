using ParallelRepro.Common;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Configuration;

/// <summary>
/// A runtime to measure: a label for reports, the interpreter to start, and optionally the
/// GIL forced on or off (free-threaded builds read <c>PYTHON_GIL</c>; other builds ignore it, and
/// every record says what <c>sys._is_gil_enabled()</c> actually reported).
/// A path with the <c>dotnet:</c> scheme names the C# programs instead (ParallelRepro.DotNet): <c>dotnet=dotnet:</c>
/// runs the checkout's build, <c>dotnet=dotnet:/path/ParallelRepro.DotNet.dll</c> a given one.
/// </summary>
public sealed record Interpreter(string Label, string Path, bool? Gil = null)
{
    public const string DotNetScheme = "dotnet:";
    private const string GilSuffix = "?gil=";

    /// <summary>True for the C# programs: started through their own entry point, not <c>python -m ppp</c>.</summary>
    public bool IsDotNet => Path.StartsWith(DotNetScheme, StringComparison.Ordinal);

    /// <summary>The workload assembly after the scheme, or null for the checkout's build.</summary>
    public string? DotNetAssembly => IsDotNet && Path.Length > DotNetScheme.Length ? Path[DotNetScheme.Length..] : null;

    /// <summary>
    /// Parses <c>label=path[?gil=on|off]</c>, or a bare path whose file name becomes the label. Bare labels of
    /// registered runtimes (<c>ft</c>) are resolved before this, by <see cref="InterpreterEntries"/>.
    /// </summary>
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
            : trimmed.StartsWith(DotNetScheme, StringComparison.Ordinal) ? (RuntimeIds.DotNet, trimmed) : (System.IO.Path.GetFileName(trimmed), trimmed);
        if (path.Length == 0) throw new ReproException($"interpreter '{text.Trim()}' has no path");
        return new Interpreter(label, path, gil);
    }

    /// <summary>The interpreter and GIL setting as an Interpreters entry would write them, without the label.</summary>
    public string Entry => Gil is { } on ? $"{Path}{GilSuffix}{(on ? "on" : "off")}" : Path;

    /// <summary>A label safe to use as a folder name.</summary>
    public string Slug => new(Label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());

    /// <summary>Environment that forces the GIL state, when one was asked for.</summary>
    public IReadOnlyDictionary<string, string?> Environment
        => Gil is { } on ? new Dictionary<string, string?> { ["PYTHON_GIL"] = on ? "1" : "0" } : new Dictionary<string, string?>();
}
